using System;

namespace Metrics.Runtime.Tests.BadInput;

/// <summary>A registry-created metric updated with <see cref="MetricBatch"/>es (the path every registered metric supports).</summary>
internal sealed class UntypedSubject(IMetricInstance instance) : IBatchSubject
{
    public IMetricInstance Instance { get; } = instance;

    public bool CanCarry(MatrixBatch batch) => true;

    public void Update(MatrixBatch batch)
    {
        var untyped = new MetricBatch(batch.Labels, batch.Predictions, batch.Columns);
        if (batch.Mask is not null)
        {
            untyped = untyped.WithMask(batch.Mask);
        }

        if (batch.Weights is not null)
        {
            untyped = untyped.WithWeights(batch.Weights);
        }

        Instance.Update(untyped);
    }

    public void Merge(IMatrixSubject other) =>
        Instance.Merge(other is UntypedSubject untyped ? untyped.Instance : throw new ArgumentException("another path", nameof(other)));

    public IMatrixSubject Clone() => new UntypedSubject(Instance.Clone());

    public MatrixSnapshot Snapshot() => MatrixSnapshot.Of(Instance.State, MatrixSnapshot.Text(Instance), Instance.Compute);
}
