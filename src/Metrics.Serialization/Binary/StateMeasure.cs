namespace Metrics;

/// <summary>Counts a collection's states and the bytes they take in the binary format.</summary>
internal struct StateMeasure : IStateVisitor
{
    /// <summary>The states seen.</summary>
    public int Count { get; private set; }

    /// <summary>The bytes of the states seen.</summary>
    public long Length { get; private set; }

    public void Visit<TMetric>(in TMetric state)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        Count++;
        Length += MetricState.GetByteCount(state);
    }
}
