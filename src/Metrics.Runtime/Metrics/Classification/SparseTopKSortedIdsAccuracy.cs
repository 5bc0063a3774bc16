namespace Metrics;

/// <summary>
/// Keras' <c>SparseTopKCategoricalAccuracy(from_sorted_ids=True)</c>: each prediction row holds class IDs sorted by
/// score (for instance the indices a top-k search returned), and a row is a hit when its integer label is among the
/// first <see cref="K"/> IDs. An ID repeated in those columns counts once (a row is a hit or not); a row with fewer than
/// <see cref="K"/> IDs is compared on all of them, as Keras' <c>y_pred[:, :k]</c>. IDs and labels are not range-checked:
/// the number of classes is not part of the input, and an ID no label can equal (padding such as −1) is simply not a
/// hit. NaN when empty (Keras: 0).
/// </summary>
/// <remarks>
/// A separate metric rather than a parameter of <see cref="SparseTopKCategoricalAccuracy"/>: that metric checks each
/// label against the row length (its rows are scores, one per class), which sorted-ID rows do not have.
/// </remarks>
[Metric]
[HigherIsBetter]
public partial record struct SparseTopKSortedIdsAccuracy
{
    /// <summary>How many of the first IDs of a row are compared with its label (at least 1).</summary>
    [Parameter(Min = 1)] public int K { get; init; } = 5;

    /// <summary>The (weighted) number of hits.</summary>
    [Sum] public double Correct;

    /// <summary>The (weighted) number of rows.</summary>
    [Sum] public double Count;

    private static SparseTopKSortedIdsAccuracy Update(int label, ReadOnlySpan<int> sortedIds, int k) =>
        new() { Correct = sortedIds[..Math.Min(k, sortedIds.Length)].Contains(label) ? 1 : 0, Count = 1 };

    /// <summary>The top-k accuracy, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Correct, Count);
}
