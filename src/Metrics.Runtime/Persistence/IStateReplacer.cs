namespace Metrics;

/// <summary>
/// Supplies replacements for states with their types in view (see <see cref="MetricCollection.ReplaceStates{TReplacer}"/>):
/// a serialization format implements it to read a collection's states back.
/// </summary>
public interface IStateReplacer
{
    /// <summary>The state that replaces <paramref name="current"/>; it must have the same parameters.</summary>
    /// <typeparam name="TMetric">The state's metric type.</typeparam>
    /// <param name="current">The state now in place (its parameters are the ones required).</param>
    /// <returns>The replacement.</returns>
    TMetric Replace<TMetric>(in TMetric current)
        where TMetric : struct, IPersistentMetric<TMetric>;
}
