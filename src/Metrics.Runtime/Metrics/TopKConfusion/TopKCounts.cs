namespace Metrics;

/// <summary>
/// The confusion counts of Keras' <c>top_k</c> rule on one (label row, score row) pair: the k largest scores of the row
/// are kept (exactly k, as <c>tf.math.top_k</c>: equal scores keep the lower index first), every other score becomes
/// −1e10, and a kept score is a predicted positive iff it exceeds the threshold (−1e10 when none is given, so every kept
/// score of a probability row is positive). With a class id only that column counts, else every element of the row.
/// </summary>
internal static class TopKCounts
{
    /// <summary>Keras' <c>NEG_INF</c>: the value of the scores outside the top k and the default threshold.</summary>
    public const double NegativeInfinity = -1e10;

    /// <summary>The (unweighted) true positives, false positives and false negatives of one row pair.</summary>
    public static (double TruePositives, double FalsePositives, double FalseNegatives) Row<T>(
        ReadOnlySpan<int> labels, ReadOnlySpan<T> scores, int k, int? classId, double? threshold)
        where T : INumber<T>
    {
        var (start, end) = ClassColumn.Range(classId, scores.Length);
        var positives = 0;
        for (var c = start; c < end; c++)
        {
            positives += labels[c];
        }

        using var kept = TopKOrder.Select(scores, k, k <= Numerics.TopK.StackLimit ? stackalloc int[k] : default);
        int truePositives = 0, falsePositives = 0;
        var cut = threshold ?? NegativeInfinity;
        foreach (var column in kept.Indices)
        {
            if (column >= start && column < end && double.CreateTruncating(scores[column]) > cut)
            {
                (labels[column] == 1 ? ref truePositives : ref falsePositives)++;
            }
        }

        return (truePositives, falsePositives, positives - truePositives);
    }
}
