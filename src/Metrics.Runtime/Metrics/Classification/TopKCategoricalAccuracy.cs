namespace Metrics;

/// <summary>
/// The fraction of rows whose label's class (the argmax of the label row, one-hot or soft as in Keras) is among the
/// <see cref="K"/> highest scores, as Keras'
/// <c>TopKCategoricalAccuracy</c> (k = 5 by default). Ties follow TensorFlow's <c>in_top_k</c>: the label is in the
/// top k when fewer than k scores are strictly greater than its score, so classes tied at the boundary all count
/// (one pass per row, no sort). Label cells must lie in [0, 1]; k must not exceed the number of columns. A NaN label
/// score is a miss. NaN when empty (Keras: 0).
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct TopKCategoricalAccuracy
{
    /// <summary>How many of the highest scores count as a hit (at least 1, at most the number of classes).</summary>
    [Parameter(Min = 1)] public int K { get; init; } = 5;

    [MeanOf(Sum = "Correct")] private static double Hit<T>([Probability] ReadOnlySpan<T> labels, [RowLength(AtLeast = nameof(K))] ReadOnlySpan<T> scores, int k)
        where T : INumber<T> =>
        TopK.Contains(scores, TensorPrimitives.IndexOfMax(labels), k) ? 1 : 0;
}
