using System;

namespace Metrics.Runtime.Tests.BadInput;

/// <summary>A dot-product ranking metric updated through its typed span overloads (a <see cref="MetricBatch"/> cannot carry its inputs).</summary>
/// <typeparam name="TMetric">The metric type.</typeparam>
internal sealed class DotProductSubject<TMetric>(TMetric metric, Func<TMetric, DotProductBatch, TMetric> update) : IDotProductSubject
    where TMetric : struct, IMetric<TMetric, double>
{
    private TMetric _metric = metric;

    public void Update(DotProductBatch batch) => _metric = update(_metric, batch);

    public void Merge(IMatrixSubject other) =>
        _metric = _metric.Merge(other is DotProductSubject<TMetric> same ? same._metric : throw new ArgumentException("another path", nameof(other)));

    public IMatrixSubject Clone() => new DotProductSubject<TMetric>(_metric.Empty(), update);

    public MatrixSnapshot Snapshot()
    {
        var copy = _metric.Copy();
        return MatrixSnapshot.Of(copy, MatrixSnapshot.Text(copy), () => copy.Compute());
    }
}
