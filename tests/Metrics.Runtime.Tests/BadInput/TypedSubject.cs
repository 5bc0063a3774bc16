using System;

namespace Metrics.Runtime.Tests.BadInput;

/// <summary>A metric struct updated through one family of its typed generated overloads (spans, arrays or tensors).</summary>
/// <typeparam name="TMetric">The metric type.</typeparam>
internal sealed class TypedSubject<TMetric>(
    TMetric metric,
    Func<TMetric, MatrixBatch, TMetric> update,
    Func<TMetric, object> compute,
    Func<MatrixBatch, bool> canCarry) : IBatchSubject
    where TMetric : struct, IMetric<TMetric>
{
    private TMetric _metric = metric;

    public bool CanCarry(MatrixBatch batch) => canCarry(batch);

    public void Update(MatrixBatch batch) => _metric = update(_metric, batch);

    public void Merge(IMatrixSubject other) =>
        _metric = _metric.Merge(other is TypedSubject<TMetric> typed ? typed._metric : throw new ArgumentException("another path", nameof(other)));

    public IMatrixSubject Clone() => new TypedSubject<TMetric>(_metric.Empty(), update, compute, canCarry);

    public MatrixSnapshot Snapshot()
    {
        var copy = _metric.Copy();
        return MatrixSnapshot.Of(copy, MatrixSnapshot.Text(copy), () => compute(copy));
    }
}
