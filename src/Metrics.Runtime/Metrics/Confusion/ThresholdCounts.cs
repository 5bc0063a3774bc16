using System;
using System.Numerics;
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

    /// <summary>The counts at every threshold from the bucketed positives and negatives.</summary>
    public static ConfusionCounts[] Counts(
        ParameterArray<double> thresholds, SumArray positivesAbove, SumArray negativesAbove, double positives, double negatives)
    {
        var result = new ConfusionCounts[thresholds.Length];
        for (var j = 0; j < result.Length; j++)
        {
            var rank = Rank(thresholds, thresholds[j]);
            double truePositives = 0, falsePositives = 0;
            for (var r = rank + 1; r <= thresholds.Length; r++)
            {
                truePositives += positivesAbove[r - 1];
                falsePositives += negativesAbove[r - 1];
            }

            result[j] = new ConfusionCounts(truePositives, falsePositives, negatives - falsePositives, positives - truePositives);
        }

        return result;
    }
}
