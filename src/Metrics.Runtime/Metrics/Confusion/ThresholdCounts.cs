using System.Runtime.Intrinsics;

namespace Metrics;

/// <summary>
/// The shared state arithmetic of the threshold-list confusion metrics. An element is stored once, in the bucket of its
/// rank r (the number of thresholds strictly below its score): it is positive at threshold t_j iff
/// <c>score &gt; t_j</c>, i.e. iff <c>r &gt; rank(t_j)</c>. So each element touches one cell after one rank (T
/// comparisons, four at a time with vectors), and the thresholds may come in any order.
/// </summary>
internal static class ThresholdCounts
{
    /// <summary>Keras' default threshold list, [0.5]; shared, because every element's <c>new()</c> runs the initializer.</summary>
    public static readonly ParameterArray<double> DefaultThresholds = [0.5];

    /// <summary>The number of thresholds strictly below <paramref name="score"/> (0 for NaN: never positive).</summary>
    public static int Rank(ParameterArray<double> thresholds, double score)
    {
        // Thresholds may come in any order (Keras takes the list as given), so a binary search does not apply.
        var span = thresholds.AsSpan();
        var rank = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated && span.Length >= Vector256<double>.Count)
        {
            var scores = Vector256.Create(score);
            for (; i + Vector256<double>.Count <= span.Length; i += Vector256<double>.Count)
            {
                rank += BitOperations.PopCount(Vector256.LessThan(Vector256.Create(span.Slice(i, Vector256<double>.Count)), scores).ExtractMostSignificantBits());
            }
        }

        for (; i < span.Length; i++)
        {
            if (span[i] < score)
            {
                rank++;
            }
        }

        return rank;
    }

    public static SumArray Cell(int rank, bool counted) =>
        SumArray.At(Math.Max(rank - 1, 0), counted && rank > 0 ? 1.0 : 0.0);

    /// <summary>
    /// Adds the counted elements of one (label row, score row) pair, the <paramref name="classId"/> column or every
    /// element, each into the bucket of its rank.
    /// </summary>
    /// <returns>The number of positive and of negative labels counted (the caller weights them).</returns>
    public static (double Positives, double Negatives) AddRow<T>(
        ParameterArray<double> thresholds, ReadOnlySpan<int> labels, ReadOnlySpan<T> scores, int? classId,
        SumArrayWriter positivesAbove, SumArrayWriter negativesAbove)
        where T : INumberBase<T>
    {
        var (start, end) = ClassColumn.Range(classId, scores.Length);
        var positives = 0;
        for (var c = start; c < end; c++)
        {
            var rank = Rank(thresholds, double.CreateTruncating(scores[c]));
            var positive = labels[c] == 1;
            positives += positive ? 1 : 0;
            if (rank > 0)
            {
                (positive ? positivesAbove : negativesAbove).Add(rank - 1);
            }
        }

        return (positives, end - start - positives);
    }

    /// <summary>
    /// The counts at every threshold from the bucketed positives and negatives, in O(T) after ranking the thresholds
    /// (a radix sort): suffix sums of the buckets, read at each threshold's rank.
    /// </summary>
    public static ConfusionCounts[] Counts(
        ParameterArray<double> thresholds, SumArray positivesAbove, SumArray negativesAbove, double positives, double negatives)
    {
        var count = thresholds.Length;
        var result = new ConfusionCounts[count];
        if (count == 0)
        {
            return result;
        }

        // positivesFrom[r]: the positives in buckets r..T−1, i.e. of rank above r: positive at every threshold of rank r.
        var positivesFrom = new double[count + 1];
        var negativesFrom = new double[count + 1];
        for (var r = count - 1; r >= 0; r--)
        {
            positivesFrom[r] = positivesFrom[r + 1] + positivesAbove[r];
            negativesFrom[r] = negativesFrom[r + 1] + negativesAbove[r];
        }

        var ranks = Ranks(thresholds.AsSpan());
        for (var j = 0; j < count; j++)
        {
            var truePositives = positivesFrom[ranks[j]];
            var falsePositives = negativesFrom[ranks[j]];
            result[j] = new ConfusionCounts(truePositives, falsePositives, negatives - falsePositives, positives - truePositives);
        }

        return result;
    }

    /// <summary>Each threshold's <see cref="Rank"/> (the number of thresholds strictly below it), for all at once.</summary>
    private static int[] Ranks(ReadOnlySpan<double> thresholds)
    {
        var order = new int[thresholds.Length];
        RadixRanking.SortOrder(thresholds, order);
        var ranks = new int[thresholds.Length];
        var first = 0;
        for (var k = 0; k < order.Length; k++)
        {
            if (k > 0 && thresholds[order[k]] != thresholds[order[k - 1]])
            {
                first = k;
            }

            ranks[order[k]] = first;
        }

        return ranks;
    }
}
