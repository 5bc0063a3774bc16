namespace Metrics;

/// <summary>
/// Sees states with their types in view: a collection's states (each shared statistic once, see
/// <see cref="MetricCollection.VisitStates{TVisitor}"/>). A serialization format implements it to write them.
/// </summary>
public interface IStateVisitor
{
    /// <summary>Sees one state.</summary>
    /// <typeparam name="TMetric">The state's metric type.</typeparam>
    /// <param name="state">The state; it stays the collection's.</param>
    void Visit<TMetric>(in TMetric state)
        where TMetric : struct, IPersistentMetric<TMetric>;
}
