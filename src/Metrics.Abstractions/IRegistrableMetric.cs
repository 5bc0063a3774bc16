namespace Metrics;

/// <summary>
/// A metric that can be created from named parameters and fed untyped <see cref="MetricBatch"/>es: what the
/// registry, <c>MetricInstance</c> and collections need. Every metric declared with <c>[Metric]</c> implements it
/// (generated); a hand-written metric whose inputs do not fit a <see cref="MetricBatch"/> (the dot-product ranking
/// metrics take queries, keys and indices) does not.
/// </summary>
/// <typeparam name="TSelf">The metric type.</typeparam>
public interface IRegistrableMetric<TSelf> : IMetric<TSelf>
    where TSelf : struct, IRegistrableMetric<TSelf>
{
    /// <summary>
    /// Creates the metric from named parameter values (any spelling: <c>zeroDivision</c>, <c>zero_division</c>),
    /// validating them; parameters not given keep their defaults.
    /// </summary>
    /// <param name="arguments">The parameter values by name.</param>
    /// <exception cref="System.ArgumentException">A key names no parameter, a value has the wrong type, or a required parameter is missing.</exception>
    static abstract TSelf FromArguments(System.Collections.Generic.IReadOnlyDictionary<string, object?> arguments);

    /// <summary>Accumulates an untyped batch (see <see cref="MetricBatch"/>) and returns the metric.</summary>
    /// <param name="batch">The batch.</param>
    /// <exception cref="System.ArgumentException">The batch's form fits none of the metric's element shapes, or its labels or sizes are invalid.</exception>
    TSelf Update(in MetricBatch batch);
}
