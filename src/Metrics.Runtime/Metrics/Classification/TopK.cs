namespace Metrics;

/// <summary>The top-k membership rule shared by the top-k accuracies.</summary>
internal static class TopK
{
    /// <summary>
    /// Whether class <paramref name="label"/> is among the <paramref name="k"/> highest scores of the row, with
    /// TensorFlow's <c>in_top_k</c> tie rule: it is in when fewer than k scores are strictly greater than its own, so
    /// classes tied at the boundary are all in. A NaN label score is never in; other NaN scores are never greater.
    /// One pass over the row, no sort.
    /// </summary>
    public static bool Contains<T>(ReadOnlySpan<T> scores, int label, int k)
        where T : INumber<T>
    {
        var score = scores[label];
        if (T.IsNaN(score))
        {
            return false;
        }

        var greater = 0;
        foreach (var other in scores)
        {
            if (other > score)
            {
                greater++;
            }
        }

        return greater < k;
    }
}
