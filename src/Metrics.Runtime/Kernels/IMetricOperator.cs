namespace Metrics.Kernels;

/// <summary>A generated operator that carries a metric: built from it, and handing it back after a pass.</summary>
/// <typeparam name="TSelf">The operator type.</typeparam>
/// <typeparam name="TMetric">The metric type.</typeparam>
public interface IMetricOperator<TSelf, TMetric>
    where TSelf : struct, IMetricOperator<TSelf, TMetric>
{
    /// <summary>The metric the operator carries (its state after the elements it accumulated).</summary>
    TMetric Metric { get; }

    /// <summary>The operator over <paramref name="metric"/>, with the parameters it reads captured.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The operator.</returns>
    static abstract TSelf Create(in TMetric metric);
}
