using System.Buffers;
using System.Buffers.Binary;
using System.IO;

namespace Metrics;

/// <summary>
/// The binary state format: a metric's registry name, parameters and state, with a layout fingerprint and a checksum,
/// for any <c>[Metric]</c>, built-in or custom. Bytes written in one process read back in another to an equal metric
/// (same parameters, same state), which merges exactly as if it had never left. The layout is documented in
/// docs/serialization.md ("Binary state format").
/// </summary>
/// <remarks>
/// Equal states (per the metric's <c>Equals</c>, with doubles compared bit for bit) give equal bytes. Writing and
/// reading a metric whose state holds no <see cref="SumArray"/> or <see cref="SampleBuffer"/> allocate nothing. A
/// refused input throws a <see cref="MetricStateException"/> whose <see cref="MetricStateException.Problem"/> says why;
/// nothing is allocated for a size before the bytes it needs are known to be present.
/// </remarks>
public static partial class MetricState
{
    /// <summary>The number of bytes <paramref name="metric"/>'s state takes in the binary format.</summary>
    /// <typeparam name="TMetric">The metric type.</typeparam>
    /// <param name="metric">The metric.</param>
    /// <returns>The length of what <see cref="Write{TMetric}(in TMetric, IBufferWriter{byte})"/> writes.</returns>
    /// <exception cref="InvalidOperationException">The state is too large for one span (more than <see cref="Array.MaxLength"/> bytes).</exception>
    public static int GetByteCount<TMetric>(in TMetric metric)
        where TMetric : struct, IPersistentMetric<TMetric> => Measure(metric, out _);

    /// <summary>Writes <paramref name="metric"/>'s name, parameters and state to <paramref name="output"/>, in one span.</summary>
    /// <typeparam name="TMetric">The metric type.</typeparam>
    /// <param name="metric">The metric.</param>
    /// <param name="output">Receives the bytes.</param>
    /// <exception cref="InvalidOperationException">The state is too large for one span.</exception>
    public static void Write<TMetric>(in TMetric metric, IBufferWriter<byte> output)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        ArgumentNullException.ThrowIfNull(output);
        var total = Measure(metric, out var parameterLength);
        Encode(metric, output.GetSpan(total)[..total], parameterLength);
        output.Advance(total);
    }

    /// <summary>Writes <paramref name="metric"/>'s name, parameters and state to <paramref name="destination"/>.</summary>
    /// <typeparam name="TMetric">The metric type.</typeparam>
    /// <param name="metric">The metric.</param>
    /// <param name="destination">At least <see cref="GetByteCount{TMetric}"/> bytes.</param>
    /// <returns>The number of bytes written.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    public static int Write<TMetric>(in TMetric metric, Span<byte> destination)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var total = Measure(metric, out var parameterLength);
        if (destination.Length < total)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The state takes {total} bytes; the destination has {destination.Length}."), nameof(destination));
        }

        Encode(metric, destination[..total], parameterLength);
        return total;
    }

    /// <summary>The bytes of <paramref name="metric"/>'s name, parameters and state.</summary>
    /// <typeparam name="TMetric">The metric type.</typeparam>
    /// <param name="metric">The metric.</param>
    /// <returns>A new array holding exactly the state.</returns>
    /// <exception cref="InvalidOperationException">The state is too large for one array.</exception>
    public static byte[] ToBytes<TMetric>(in TMetric metric)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var total = Measure(metric, out var parameterLength);
        var bytes = GC.AllocateUninitializedArray<byte>(total);
        Encode(metric, bytes, parameterLength);
        return bytes;
    }

    /// <summary>Writes <paramref name="metric"/>'s name, parameters and state to <paramref name="stream"/>.</summary>
    /// <typeparam name="TMetric">The metric type.</typeparam>
    /// <param name="metric">The metric.</param>
    /// <param name="stream">A writable stream; states written one after another read back one after another.</param>
    /// <exception cref="InvalidOperationException">The state is too large for one array.</exception>
    public static void Write<TMetric>(in TMetric metric, Stream stream)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        ArgumentNullException.ThrowIfNull(stream);
        var total = Measure(metric, out var parameterLength);
        var buffer = ArrayPool<byte>.Shared.Rent(total);
        try
        {
            Encode(metric, buffer.AsSpan(0, total), parameterLength);
            stream.Write(buffer, 0, total);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Reads a metric from bytes written by <see cref="Write{TMetric}(in TMetric, IBufferWriter{byte})"/>: the
    /// parameters come from the bytes, through the metric's validating constructor, then the state.
    /// </summary>
    /// <typeparam name="TMetric">The metric the bytes must hold.</typeparam>
    /// <param name="bytes">Exactly one state.</param>
    /// <returns>A metric equal to the one written.</returns>
    /// <exception cref="MetricStateException">The bytes are refused; <see cref="MetricStateException.Problem"/> says why.</exception>
    public static TMetric Read<TMetric>(ReadOnlySpan<byte> bytes)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var sections = Open<TMetric>(bytes);
        var metric = ReadParameters<TMetric>(sections.Parameters);
        ReadStateInto(ref metric, sections.State);
        return metric;
    }

    /// <summary>
    /// Replaces <paramref name="metric"/>'s state with the one in <paramref name="bytes"/>, which must have been
    /// written by a metric with the same parameters (a shard's state read into the metric that will merge it). A
    /// refused read leaves <paramref name="metric"/> unchanged.
    /// </summary>
    /// <typeparam name="TMetric">The metric the bytes must hold.</typeparam>
    /// <param name="bytes">Exactly one state.</param>
    /// <param name="metric">The metric whose state is replaced; its parameters stay.</param>
    /// <exception cref="MetricStateException">
    /// The bytes are refused; with <see cref="MetricStateProblem.OtherLayout"/> when their parameters differ from
    /// <paramref name="metric"/>'s, and the message names the parameters that differ.
    /// </exception>
    public static void ReadInto<TMetric>(ReadOnlySpan<byte> bytes, ref TMetric metric)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var sections = Open<TMetric>(bytes);
        RequireSameParameters(metric, sections.Parameters);
        var copy = metric;
        ReadStateInto(ref copy, sections.State);
        metric = copy;
    }

    /// <summary>
    /// Reads one state from <paramref name="stream"/>, consuming exactly its bytes (so states written one after
    /// another read back one after another).
    /// </summary>
    /// <typeparam name="TMetric">The metric the bytes must hold.</typeparam>
    /// <param name="stream">A readable stream positioned at a state.</param>
    /// <returns>A metric equal to the one written.</returns>
    /// <exception cref="MetricStateException">The bytes are refused (a stream that ends early: <see cref="MetricStateProblem.Truncated"/>).</exception>
    public static TMetric Read<TMetric>(Stream stream)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = StreamInput.ReadDeclared(stream, CheckPrefix, out var total);
        return Read<TMetric>(buffer.AsSpan(0, total));
    }

    private static int Measure<TMetric>(in TMetric metric, out int parameterLength)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var counter = new SizeCounter();
        metric.WriteParameters(ref counter);
        var parameters = counter.Length;
        metric.WriteState(ref counter);
        var total = BinaryFormat.MinimumLength + LayoutCache<TMetric>.Name.Length + counter.Length;
        if (total > System.Array.MaxLength)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture, $"The state of {TMetric.MetricName} takes {total} bytes, more than one array holds ({System.Array.MaxLength}); write its parts separately."));
        }

        parameterLength = (int)parameters;
        return (int)total;
    }

    private static void Encode<TMetric>(in TMetric metric, Span<byte> destination, int parameterLength)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var name = LayoutCache<TMetric>.Name;
        var writer = new SpanWriter(destination);
        writer.Raw(BinaryFormat.Magic);
        writer.Raw(BinaryFormat.Version);
        writer.Raw((long)destination.Length);
        writer.Raw((ushort)name.Length);
        writer.Raw(name);
        var fingerprintAt = writer.Position;
        writer.Raw(0UL);
        writer.Raw(parameterLength);
        var parametersAt = writer.Position;
        metric.WriteParameters(ref writer);
        var parameters = destination[parametersAt..writer.Position];
        if (parameters.Length != parameterLength)
        {
            throw new InvalidOperationException($"The parameters of {TMetric.MetricName} wrote another number of bytes than they measured (a configuration value that changes between calls).");
        }

        BinaryFormat.WriteUInt64(destination[fingerprintAt..], BinaryFormat.Fingerprint(LayoutCache<TMetric>.LayoutHash, parameters));
        metric.WriteState(ref writer);
        var checksumAt = destination.Length - BinaryFormat.ChecksumSize;
        if (writer.Position != checksumAt)
        {
            throw new InvalidOperationException($"The state of {TMetric.MetricName} wrote another number of bytes than it measured.");
        }

        BinaryFormat.WriteUInt64(destination[checksumAt..], BinaryFormat.Checksum(destination[..checksumAt]));
    }

    /// <summary>Checks the header, length, checksum, name and fingerprint; returns the parameter and state bytes.</summary>
    private static Sections Open<TMetric>(ReadOnlySpan<byte> bytes)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var total = CheckPrefix(bytes);
        var body = Verified(bytes, total, "state", "state");
        var reader = new SpanReader(body, "header field");
        var nameLength = reader.Raw<ushort>("name length");
        var name = reader.Raw("name", nameLength);
        if (!name.SequenceEqual(LayoutCache<TMetric>.Name))
        {
            throw new MetricStateException(MetricStateProblem.OtherMetric, $"The bytes hold the state of '{Describe(name)}', not of {TMetric.MetricName}.");
        }

        var fingerprint = reader.Raw<ulong>("fingerprint");
        var parameterLength = reader.Raw<int>("parameter length");
        if (parameterLength < 0 || parameterLength > reader.Remaining)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, string.Create(
                CultureInfo.InvariantCulture, $"The parameter block claims {parameterLength} bytes but only {reader.Remaining} remain."));
        }

        var parameters = body.Slice(reader.Position, parameterLength);
        var expected = BinaryFormat.Fingerprint(LayoutCache<TMetric>.LayoutHash, parameters);
        if (fingerprint != expected)
        {
            throw new MetricStateException(MetricStateProblem.OtherLayout, string.Create(
                CultureInfo.InvariantCulture, $"The bytes hold a state of {TMetric.MetricName} written under another state layout (a parameter or state field added, removed or retyped): their fingerprint is 0x{fingerprint:X16}, this build's layout gives 0x{expected:X16} for the same parameter bytes."));
        }

        return new Sections(parameters, body[(reader.Position + parameterLength)..]);
    }

    /// <summary>Checks the magic number, version and declared length; returns the declared length.</summary>
    /// <summary>
    /// Checks that <paramref name="bytes"/> hold exactly one <paramref name="unit"/> of <paramref name="total"/> bytes
    /// whose checksum matches, and returns what lies between the prefix and the checksum.
    /// </summary>
    internal static ReadOnlySpan<byte> Verified(ReadOnlySpan<byte> bytes, long total, string unit, string oneAtATime)
    {
        if (bytes.Length < total)
        {
            throw Truncated(bytes.Length, total);
        }

        if (bytes.Length > total)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, string.Create(
                CultureInfo.InvariantCulture, $"The input holds {bytes.Length} bytes but the {unit} it starts with ends after {total}: one {oneAtATime} at a time."));
        }

        var checksumAt = bytes.Length - BinaryFormat.ChecksumSize;
        var stored = BinaryPrimitives.ReadUInt64LittleEndian(bytes[checksumAt..]);
        var actual = BinaryFormat.Checksum(bytes[..checksumAt]);
        if (stored != actual)
        {
            throw new MetricStateException(MetricStateProblem.Corrupted, string.Create(
                CultureInfo.InvariantCulture, $"The checksum does not match: the bytes were changed after they were written (stored 0x{stored:X16}, computed 0x{actual:X16})."));
        }

        return bytes[BinaryFormat.PrefixLength..checksumAt];
    }

    internal static long CheckPrefix(ReadOnlySpan<byte> bytes)
    {
        var magic = BinaryFormat.Magic;
        if (bytes.IsEmpty)
        {
            throw new MetricStateException(MetricStateProblem.NotAState, "The input is empty: it is not a serialized metric state.");
        }

        if (!bytes[..Math.Min(bytes.Length, magic.Length)].SequenceEqual(magic[..Math.Min(bytes.Length, magic.Length)]))
        {
            throw new MetricStateException(MetricStateProblem.NotAState, string.Create(
                CultureInfo.InvariantCulture, $"The input is not a serialized metric state: it starts with {Convert.ToHexString(bytes[..Math.Min(bytes.Length, magic.Length)])}, not {Convert.ToHexString(magic)} (\"MDST\")."));
        }

        return FormatPrefix.VersionAndLength(bytes, magic.Length, BinaryFormat.Version, BinaryFormat.MinimumLength, "The state", "a state");
    }

    private static TMetric ReadParameters<TMetric>(ReadOnlySpan<byte> parameters)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var reader = new SpanReader(parameters, "parameter");
        TMetric metric;
        try
        {
            metric = TMetric.ReadParameters(ref reader);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, $"The parameters stored for {TMetric.MetricName} are invalid: {e.Message}", e);
        }

        if (reader.Remaining != 0)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, string.Create(
                CultureInfo.InvariantCulture, $"The parameter block of {TMetric.MetricName} has {reader.Remaining} bytes after its last parameter."));
        }

        return metric;
    }

    private static void ReadStateInto<TMetric>(ref TMetric metric, ReadOnlySpan<byte> state)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var reader = new SpanReader(state, "state field");
        try
        {
            metric.ReadState(ref reader);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, $"The state stored for {TMetric.MetricName} is invalid: {e.Message}", e);
        }

        if (reader.Remaining != 0)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, string.Create(
                CultureInfo.InvariantCulture, $"The state of {TMetric.MetricName} has {reader.Remaining} bytes after its last field."));
        }
    }

    private static void RequireSameParameters<TMetric>(in TMetric metric, ReadOnlySpan<byte> stored)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var counter = new SizeCounter();
        metric.WriteParameters(ref counter);
        var length = (int)counter.Length;
        var rented = length > 256 ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            var own = rented is null ? stackalloc byte[256] : rented;
            var writer = new SpanWriter(own);
            metric.WriteParameters(ref writer);
            if (own[..writer.Position].SequenceEqual(stored))
            {
                return;
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        throw new MetricStateException(MetricStateProblem.OtherLayout, ParameterDifference.Describe(metric, ReadParameters<TMetric>(stored)));
    }

    private static string Describe(ReadOnlySpan<byte> name)
    {
        try
        {
            return new System.Text.UTF8Encoding(false, true).GetString(name);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return Convert.ToHexString(name);
        }
    }

    internal static MetricStateException Truncated(long present, long required) =>
        new(MetricStateProblem.Truncated, string.Create(
            CultureInfo.InvariantCulture, $"The input ends after {present} bytes; the state needs {required}."));

    /// <summary>The parameter and state bytes of a state whose header, checksum and fingerprint were checked.</summary>
    private readonly ref struct Sections(ReadOnlySpan<byte> parameters, ReadOnlySpan<byte> state)
    {
        public ReadOnlySpan<byte> Parameters { get; } = parameters;

        public ReadOnlySpan<byte> State { get; } = state;
    }
}
