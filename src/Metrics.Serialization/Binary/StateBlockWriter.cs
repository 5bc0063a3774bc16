namespace Metrics;

/// <summary>Writes a collection's states one after another into an array measured by <see cref="StateMeasure"/>.</summary>
/// <param name="destination">The array.</param>
/// <param name="position">Where the first state goes.</param>
internal struct StateBlockWriter(byte[] destination, int position) : IStateVisitor
{
    /// <summary>Where the next state goes.</summary>
    public int Position { get; private set; } = position;

    public void Visit<TMetric>(in TMetric state)
        where TMetric : struct, IPersistentMetric<TMetric> =>
        Position += MetricState.Write(state, destination.AsSpan(Position));
}
