namespace Metrics;

/// <summary>
/// A metric behind a reference, whatever its type: what <see cref="MetricRegistry"/> creates and what a
/// <see cref="MetricCollection"/> holds. Updated with untyped <see cref="MetricBatch"/>es.
/// </summary>
public interface IMetricInstance
{
    /// <summary>The metric's display name (the type's <c>MetricName</c>).</summary>
    string Name { get; }

    /// <summary>The metric's state and parameters, boxed (a copy: changing it does not change this instance).</summary>
    object State { get; }

    /// <summary>Accumulates a batch.</summary>
    /// <param name="batch">The batch.</param>
    void Update(in MetricBatch batch);

    /// <summary>Computes the value from the accumulated state, boxed.</summary>
    object Compute();

    /// <summary>Clears the state, keeping the parameters.</summary>
    void Reset();

    /// <summary>Merges another instance of the same metric with the same parameters into this one.</summary>
    /// <param name="other">The partial result to merge in; it is not changed.</param>
    /// <exception cref="System.ArgumentException">The other instance is a different metric or has other parameters.</exception>
    void Merge(IMetricInstance other);

    /// <summary>
    /// The metric's configuration (Keras' <c>get_config</c>): its registry name and parameter values, from which
    /// <see cref="MetricRegistry.Deserialize"/> recreates it with an empty state.
    /// </summary>
    /// <exception cref="System.NotSupportedException">A parameter's type has no configuration form.</exception>
    MetricConfig GetConfig();

    /// <summary>Calls <paramref name="visitor"/> with the instance's metric type (to reach its typed state, see <see cref="MetricInstance{TMetric, TResult}.Metric"/>).</summary>
    /// <typeparam name="TOut">What the visit returns.</typeparam>
    /// <param name="visitor">The visitor.</param>
    /// <returns>The visitor's result.</returns>
    TOut VisitType<TOut>(IMetricTypeVisitor<TOut> visitor);

    /// <summary>Returns a new instance with the same parameters and an empty state (Keras's <c>clone_metric</c>).</summary>
    IMetricInstance Clone();
}
