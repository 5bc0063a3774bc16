namespace Metrics;

/// <summary>
/// Bins (label row, score row) pairs into the 2 × (thresholds + 1) counts of the binned curve metrics: cell 2b + label,
/// where bin b holds the scores above exactly b thresholds.
/// </summary>
internal static class BinnedRows
{
    /// <summary>Adds the counted elements of one row pair: the <paramref name="classId"/> column, or every element.</summary>
    public static void Add<T>(ThresholdGrid grid, ReadOnlySpan<int> labels, ReadOnlySpan<T> scores, int? classId, SumArrayWriter counts)
        where T : INumberBase<T>
    {
        var (start, end) = ClassColumn.Range(classId, scores.Length);
        for (var c = start; c < end; c++)
        {
            counts.Add((2 * grid.Bucket(double.CreateTruncating(scores[c]))) + labels[c]);
        }
    }
}
