namespace Metrics;

/// <summary>
/// Hands a nested metric's state fields to a writer under a prefix (<c>Outputs[0].Count</c>), so that a metric made
/// of other metrics writes their fields as its own. Holds the writer by value: take <see cref="Inner"/> back after use.
/// </summary>
/// <typeparam name="TWriter">The format's state writer.</typeparam>
/// <param name="inner">The writer.</param>
/// <param name="prefix">The prefix of every field name.</param>
internal ref struct PrefixedStateWriter<TWriter>(TWriter inner, string prefix) : IMetricStateWriter
    where TWriter : IMetricStateWriter, allows ref struct
{
    public TWriter Inner = inner;

    public void Real(string name, double value) => Inner.Real(prefix + name, value);

    public void Whole(string name, long value) => Inner.Whole(prefix + name, value);

    public void Cells(string name, SumArray cells, int length) => Inner.Cells(prefix + name, cells, length);

    public void Samples(string name, SampleBuffer samples) => Inner.Samples(prefix + name, samples);
}

/// <summary>Reads a nested metric's state fields under a prefix; the counterpart of <see cref="PrefixedStateWriter{TWriter}"/>.</summary>
/// <typeparam name="TReader">The format's state reader.</typeparam>
/// <param name="inner">The reader.</param>
/// <param name="prefix">The prefix of every field name.</param>
internal ref struct PrefixedStateReader<TReader>(TReader inner, string prefix) : IMetricStateReader
    where TReader : IMetricStateReader, allows ref struct
{
    public TReader Inner = inner;

    public double Real(string name) => Inner.Real(prefix + name);

    public long Whole(string name) => Inner.Whole(prefix + name);

    public SumArray Cells(string name, int length) => Inner.Cells(prefix + name, length);

    public SampleBuffer Samples(string name) => Inner.Samples(prefix + name);
}

/// <summary>Calls a metric's persistence members through its type (constrained calls: no boxing, and static members).</summary>
internal static class PersistentVisits
{
    public static string Layout<TMetric>()
        where TMetric : struct, IPersistentMetric<TMetric> => TMetric.StateLayout;

    public static void WriteState<TMetric, TWriter>(in TMetric metric, ref TWriter writer)
        where TMetric : struct, IPersistentMetric<TMetric>
        where TWriter : IMetricStateWriter, allows ref struct
    {
        var copy = metric;
        copy.WriteState(ref writer);
    }

    public static void ReadState<TMetric, TReader>(ref TMetric metric, ref TReader reader)
        where TMetric : struct, IPersistentMetric<TMetric>
        where TReader : IMetricStateReader, allows ref struct =>
        metric.ReadState(ref reader);
}
