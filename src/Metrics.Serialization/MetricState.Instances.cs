using System.Buffers;
using System.Buffers.Binary;

namespace Metrics;

/// <summary>States of metrics known only by their registry name (<see cref="IMetricInstance"/>), in the binary format.</summary>
public static partial class MetricState
{
    /// <summary>Writes the name, parameters and state of a metric held by reference to <paramref name="output"/>, in one span.</summary>
    /// <param name="metric">The metric (e.g. from <see cref="MetricRegistry.Create(string)"/> or <see cref="MetricCollection.Get"/>).</param>
    /// <param name="output">Receives the bytes: the same bytes as <see cref="Write{TMetric}(in TMetric, IBufferWriter{byte})"/> writes for the typed metric.</param>
    /// <exception cref="InvalidOperationException">The state is too large for one span.</exception>
    public static void Write(IMetricInstance metric, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ToBytes(metric));
    }

    /// <summary>The bytes of the name, parameters and state of a metric held by reference.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>A new array holding exactly the state, as <see cref="ToBytes{TMetric}(in TMetric)"/> writes it for the typed metric.</returns>
    /// <exception cref="InvalidOperationException">The state is too large for one array.</exception>
    public static byte[] ToBytes(IMetricInstance metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.VisitType(new InstanceEncoder(metric));
    }

    /// <summary>
    /// Reads a metric whose type is known only from the bytes: the name in the header finds the type in
    /// <see cref="MetricRegistry"/>, then the metric is read as <see cref="Read{TMetric}(ReadOnlySpan{byte})"/> reads
    /// it and wrapped in a <see cref="MetricInstance{TMetric, TResult}"/>. A process that saves and merges states by
    /// metric name (a command-line tool) needs no type in its code.
    /// </summary>
    /// <param name="bytes">Exactly one state.</param>
    /// <returns>The metric, equal to the one written.</returns>
    /// <exception cref="MetricStateException">
    /// The bytes are refused; with <see cref="MetricStateProblem.OtherMetric"/> when no registered metric has the
    /// name they hold, or the metric it names takes other inputs than a <see cref="MetricBatch"/>.
    /// </exception>
    public static IMetricInstance ReadInstance(ReadOnlySpan<byte> bytes)
    {
        var name = ReadName(bytes);
        var reader = new InstanceDecoder(bytes.ToArray());
        try
        {
            return MetricRegistry.VisitType(name, reader);
        }
        catch (ArgumentException e) when (!reader.Visited)
        {
            throw new MetricStateException(MetricStateProblem.OtherMetric, $"The bytes hold the state of '{name}', which no metric in the registry can read: {e.Message}", e);
        }
    }

    /// <summary>The metric name in the header of a state whose prefix, length and checksum are checked.</summary>
    private static string ReadName(ReadOnlySpan<byte> bytes)
    {
        var total = CheckPrefix(bytes);
        if (bytes.Length < total)
        {
            throw Truncated(bytes.Length, total);
        }

        var checksumAt = (int)total - BinaryFormat.ChecksumSize;
        if (BinaryPrimitives.ReadUInt64LittleEndian(bytes[checksumAt..]) != BinaryFormat.Checksum(bytes[..checksumAt]))
        {
            throw new MetricStateException(MetricStateProblem.Corrupted, "The checksum does not match: the bytes were changed after they were written.");
        }

        var reader = new SpanReader(bytes[BinaryFormat.PrefixLength..checksumAt], "header field");
        var name = reader.Raw("name", reader.Raw<ushort>("name length"));
        try
        {
            return new System.Text.UTF8Encoding(false, true).GetString(name);
        }
        catch (ArgumentException e)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, $"The metric name in the header is not UTF-8: {Convert.ToHexString(name)}.", e);
        }
    }

    /// <summary>Writes the state of an instance with its metric type in view.</summary>
    private sealed class InstanceEncoder(IMetricInstance instance) : IMetricTypeVisitor<byte[]>
    {
        public byte[] Visit<TMetric, TResult>()
            where TMetric : struct, IMetric<TMetric, TResult>, IRegistrableMetric<TMetric>, IPersistentMetric<TMetric> =>
            ToBytes(instance is MetricInstance<TMetric, TResult> typed ? typed.Metric : (TMetric)instance.State);
    }

    /// <summary>Reads a state as the metric type the registry found for its name.</summary>
    private sealed class InstanceDecoder(byte[] bytes) : IMetricTypeVisitor<IMetricInstance>
    {
        /// <summary>Whether the registry found the type (so an exception comes from the read, not from the lookup).</summary>
        public bool Visited { get; private set; }

        public IMetricInstance Visit<TMetric, TResult>()
            where TMetric : struct, IMetric<TMetric, TResult>, IRegistrableMetric<TMetric>, IPersistentMetric<TMetric>
        {
            Visited = true;
            return new MetricInstance<TMetric, TResult>(Read<TMetric>(bytes));
        }
    }
}
