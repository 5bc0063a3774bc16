namespace Metrics;

/// <summary>
/// The contract every generated metric implements, built-in or custom. Collections, registries and sharded
/// evaluation work against it.
/// </summary>
/// <typeparam name="TSelf">The metric type.</typeparam>
public interface IMetric<TSelf>
    where TSelf : struct, IMetric<TSelf>
{
    /// <summary>The metric's display name.</summary>
    static abstract string MetricName { get; }

    /// <summary>Clears the state in place, keeping the parameters, and returns the metric.</summary>
    TSelf Reset();

    /// <summary>Returns a metric with the same parameters and an empty state; this one is unchanged.</summary>
    TSelf Empty();

    /// <summary>Returns a deep copy, with its own copy of any array-valued state.</summary>
    TSelf Copy();

    /// <summary>
    /// Returns the merge of this state and <paramref name="other"/> (a sharded evaluation's partial results);
    /// neither operand is changed. Throws <see cref="System.ArgumentException"/> when the parameters differ.
    /// </summary>
    /// <param name="other">The state to merge with.</param>
    TSelf Merge(TSelf other);

    /// <summary>Whether <paramref name="other"/> has the same parameter values, so that the two can be merged.</summary>
    /// <param name="other">The metric to compare parameters with.</param>
    bool HasSameParameters(TSelf other);
}

/// <summary>A metric whose value has the type <typeparamref name="TResult"/>.</summary>
/// <typeparam name="TSelf">The metric type.</typeparam>
/// <typeparam name="TResult">The type of the computed value.</typeparam>
public interface IMetric<TSelf, TResult> : IMetric<TSelf>
    where TSelf : struct, IMetric<TSelf, TResult>
{
    /// <summary>Computes the metric's value from the accumulated state.</summary>
    TResult Compute();
}
