namespace Metrics;

/// <summary>
/// The mean categorical cross-entropy per row with integer labels, as Keras' <c>SparseCategoricalCrossentropy</c>
/// metric: <c>−log p_label</c> with probability rows rescaled to sum 1 and clipped to <c>[1e-7, 1 − 1e-7]</c>, or the
/// log-softmax of logit rows. A row whose label is <see cref="IgnoreClass"/> is excluded from both the sum and the
/// count, weighted or not (Keras counts it in the denominator when unweighted). Labels must lie in [0, columns) or be
/// the ignored class. NaN when empty (Keras: 0).
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct SparseCategoricalCrossentropy
{
    /// <summary>Whether predictions are logits (true) or probabilities (false, the default).</summary>
    [Parameter] public bool FromLogits { get; init; } = false;

    /// <summary>A label value whose rows are left out (segmentation "void", padding), or null for none; may lie outside the classes.</summary>
    [Parameter] public int? IgnoreClass { get; init; } = null;

    /// <summary>The (weighted) sum of row losses.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of rows not ignored.</summary>
    [Sum] public double Count;

    private static SparseCategoricalCrossentropy Update<T>([ClassIndex(Ignore = nameof(IgnoreClass))] int label, ReadOnlySpan<T> predictions, bool fromLogits, int? ignoreClass)
        where T : INumber<T> =>
        label == ignoreClass
            ? new() { Total = 0, Count = 0 }
            : new() { Total = -CrossEntropyRow.LogProbability(predictions, label, fromLogits), Count = 1 };

    /// <summary>The mean cross-entropy per row, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Total, Count);
}
