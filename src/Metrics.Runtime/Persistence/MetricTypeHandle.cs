namespace Metrics;

/// <summary>A registry entry's metric type, kept so that a visitor can be called with it.</summary>
internal abstract class MetricTypeHandle
{
    public abstract TOut Accept<TOut>(IMetricTypeVisitor<TOut> visitor);
}

/// <summary>The handle of one metric type.</summary>
internal sealed class MetricTypeHandle<TMetric, TResult> : MetricTypeHandle
    where TMetric : struct, IMetric<TMetric, TResult>, IRegistrableMetric<TMetric>, IPersistentMetric<TMetric>
{
    public static readonly MetricTypeHandle<TMetric, TResult> Instance = new();

    public override TOut Accept<TOut>(IMetricTypeVisitor<TOut> visitor) => visitor.Visit<TMetric, TResult>();
}
