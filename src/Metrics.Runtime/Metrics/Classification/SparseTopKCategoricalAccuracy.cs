namespace Metrics;

/// <summary>
/// The fraction of rows whose integer label is among the <see cref="K"/> highest scores, as Keras'
/// <c>SparseTopKCategoricalAccuracy</c> (k = 5 by default). Ties follow TensorFlow's <c>in_top_k</c> (see
/// <see cref="TopKCategoricalAccuracy"/>). Labels must lie in [0, columns); k must not exceed the number of columns.
/// NaN when empty (Keras: 0). Keras' <c>from_sorted_ids=True</c> input form is <see cref="SparseTopKSortedIdsAccuracy"/>.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct SparseTopKCategoricalAccuracy
{
    /// <summary>How many of the highest scores count as a hit (at least 1, at most the number of classes).</summary>
    [Parameter(Min = 1)] public int K { get; init; } = 5;

    /// <summary>The (weighted) number of hits.</summary>
    [Sum] public double Correct;

    /// <summary>The (weighted) number of rows.</summary>
    [Sum] public double Count;

    private static SparseTopKCategoricalAccuracy Update<T>([ClassIndex] int label, [RowLength(AtLeast = nameof(K))] ReadOnlySpan<T> scores, int k)
        where T : INumber<T> =>
        new() { Correct = TopK.Contains(scores, label, k) ? 1 : 0, Count = 1 };

    /// <summary>The top-k accuracy, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Correct, Count);
}
