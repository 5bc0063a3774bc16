namespace Metrics;

/// <summary>
/// Code that needs a metric's type parameters where only a name or an <see cref="IMetricInstance"/> is at hand
/// (<see cref="MetricRegistry.VisitType{TOut}(string, IMetricTypeVisitor{TOut})"/>,
/// <see cref="IMetricInstance.VisitType{TOut}"/>): a serialization format implements it to read and write the state
/// of a metric known by its registry name.
/// </summary>
/// <typeparam name="TOut">What the visit returns.</typeparam>
public interface IMetricTypeVisitor<out TOut>
{
    /// <summary>Called with the metric's types.</summary>
    /// <typeparam name="TMetric">The metric type.</typeparam>
    /// <typeparam name="TResult">Its value's type.</typeparam>
    /// <returns>What the visitor makes of it.</returns>
    TOut Visit<TMetric, TResult>()
        where TMetric : struct, IMetric<TMetric, TResult>, IRegistrableMetric<TMetric>, IPersistentMetric<TMetric>;
}
