namespace Metrics;

/// <summary>
/// Per-row sums of multi-label data, kept after the per-label counts of <see cref="LabelCounts"/>: the (weighted) rows,
/// the rows whose every label is predicted right, and for each <see cref="RowScore"/> the sum of the defined row scores,
/// the weight of those rows and the weight of the rows where the score is 0/0.
/// </summary>
internal static class LabelRows
{
    /// <summary>The cells after the per-label counts.</summary>
    public const int Cells = 2 + (3 * ScoreCount);

    private const int ScoreCount = 4;

    /// <summary>The first row cell of <paramref name="labels"/> labels.</summary>
    public static int Start(int labels) => labels * LabelCounts.CellsPerLabel;

    /// <summary>Adds one row's counts (summed over its labels) and whether every label was right.</summary>
    public static void Add(SumArrayWriter counts, int labels, ConfusionCounts row, bool exact, double beta)
    {
        var start = Start(labels);
        counts.Add(start, 1);
        counts.Add(start + 1, exact ? 1 : 0);
        AddScore(counts, start, RowScore.Precision, row.Precision());
        AddScore(counts, start, RowScore.Recall, row.Recall());
        AddScore(counts, start, RowScore.FBeta, row.FBeta(beta));
        AddScore(counts, start, RowScore.Jaccard, row.Jaccard());
    }

    /// <summary>The (weighted) number of rows.</summary>
    public static double Rows(SumArray counts, int labels) => counts[Start(labels)];

    /// <summary>The (weighted) number of rows whose every label is predicted right.</summary>
    public static double ExactRows(SumArray counts, int labels) => counts[Start(labels) + 1];

    /// <summary>
    /// The (weighted) mean of a row score over the rows: a 0/0 row takes the <paramref name="zeroDivision"/> value, or
    /// with NaN is left out (NaN when no row is left).
    /// </summary>
    public static double Mean(SumArray counts, int labels, RowScore score, ZeroDivision zeroDivision)
    {
        var cell = Start(labels) + 2 + (3 * (int)score);
        var undefinedValue = zeroDivision.Divide(0, 0);
        return double.IsNaN(undefinedValue)
            ? counts[cell] / counts[cell + 1]
            : (counts[cell] + (undefinedValue * counts[cell + 2])) / (counts[cell + 1] + counts[cell + 2]);
    }

    private static void AddScore(SumArrayWriter counts, int start, RowScore score, double value)
    {
        var cell = start + 2 + (3 * (int)score);
        if (double.IsNaN(value))
        {
            counts.Add(cell + 2, 1);
        }
        else
        {
            counts.Add(cell, value);
            counts.Add(cell + 1, 1);
        }
    }
}
