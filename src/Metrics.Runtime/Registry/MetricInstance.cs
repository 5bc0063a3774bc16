namespace Metrics;

/// <summary>A metric struct held by reference, so that metrics of different types can be handled alike.</summary>
/// <typeparam name="TMetric">The metric type.</typeparam>
/// <typeparam name="TResult">The type of its value.</typeparam>
public sealed class MetricInstance<TMetric, TResult> : IMetricInstance, IMemberSource
    where TMetric : struct, IMetric<TMetric, TResult>, IRegistrableMetric<TMetric>, IPersistentMetric<TMetric>
{
    private TMetric _metric;

    /// <summary>Wraps a metric (its state and parameters are kept as they are).</summary>
    /// <param name="metric">The metric.</param>
    public MetricInstance(TMetric metric)
    {
        _metric = metric.Copy();
    }

    /// <summary>The metric, typed (a copy).</summary>
    public TMetric Metric => _metric.Copy();

    /// <inheritdoc/>
    public string Name => TMetric.MetricName;

    /// <inheritdoc/>
    public object State => _metric.Copy();

    /// <inheritdoc/>
    public void Update(in MetricBatch batch) => _metric = _metric.Update(batch);

    /// <summary>Computes the value from the accumulated state.</summary>
    public TResult Compute() => _metric.Compute();

    /// <inheritdoc/>
    object IMetricInstance.Compute() => _metric.Compute()!;

    /// <inheritdoc/>
    public void Reset() => _metric = _metric.Reset();

    /// <inheritdoc/>
    public void Merge(IMetricInstance other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other is not MetricInstance<TMetric, TResult> same)
        {
            throw new ArgumentException($"Cannot merge {other.Name} into {Name}: they are different metrics.", nameof(other));
        }

        _metric = _metric.Merge(same._metric);
    }

    /// <inheritdoc/>
    public MetricConfig GetConfig() => _metric.GetConfig();

    /// <inheritdoc/>
    public TOut VisitType<TOut>(IMetricTypeVisitor<TOut> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return visitor.Visit<TMetric, TResult>();
    }

    /// <inheritdoc/>
    public IMetricInstance Clone() => new MetricInstance<TMetric, TResult>(_metric.Empty());

    /// <inheritdoc/>
    CollectionMember IMemberSource.Join(MetricCollection collection) =>
        StatisticsDeclaration<TMetric, TResult>.Join(_metric, collection);

    /// <inheritdoc/>
    public override string ToString() => _metric.ToString() ?? Name;
}
