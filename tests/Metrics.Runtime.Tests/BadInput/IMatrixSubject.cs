namespace Metrics.Runtime.Tests.BadInput;

/// <summary>
/// A metric driven by the bad-input matrix through one input path; updates and merges change it in place, as
/// <see cref="IMetricInstance"/> does.
/// </summary>
internal interface IMatrixSubject
{
    /// <summary>Merges another subject of the same path into this one.</summary>
    void Merge(IMatrixSubject other);

    /// <summary>A copy with the same parameters and an empty state.</summary>
    IMatrixSubject Clone();

    /// <summary>The state and the value, to compare before and after.</summary>
    MatrixSnapshot Snapshot();
}

/// <summary>A subject updated with <see cref="MatrixBatch"/>es: the registry's untyped path or a typed overload family.</summary>
internal interface IBatchSubject : IMatrixSubject
{
    /// <summary>Whether this path can carry the batch at all (an <c>int[]</c> overload cannot carry a label of 0.5).</summary>
    bool CanCarry(MatrixBatch batch);

    /// <summary>Accumulates the batch.</summary>
    void Update(MatrixBatch batch);
}
