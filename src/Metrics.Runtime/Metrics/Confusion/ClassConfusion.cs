namespace Metrics;

/// <summary>
/// Functions of a (weighted) C×C confusion matrix, row-major <c>[label * C + prediction]</c>: the sufficient statistic
/// shared by the multi-class metrics (precision, recall, F-beta, MCC, Cohen's kappa, balanced accuracy, IoU).
/// </summary>
internal static class ClassConfusion
{
    /// <summary>The cell of a (label, prediction) pair.</summary>
    public static SumArray Cell(int label, int prediction, int classes) => SumArray.At((label * classes) + prediction);

    /// <summary>Row sums (labels per class); zeros for an unallocated array.</summary>
    public static double[] Actual(SumArray counts, int classes) =>
        counts.IsAllocated ? Actual(counts.Cells, classes) : new double[classes];

    /// <summary>Row sums (labels per class) of the row-major cells of a C×C matrix.</summary>
    public static double[] Actual(ReadOnlySpan<double> cells, int classes) => Marginal(cells, classes, byLabel: true);

    /// <summary>Column sums (predictions per class); zeros for an unallocated array.</summary>
    public static double[] Predicted(SumArray counts, int classes) =>
        counts.IsAllocated ? Predicted(counts.Cells, classes) : new double[classes];

    /// <summary>Column sums (predictions per class) of the row-major cells of a C×C matrix.</summary>
    public static double[] Predicted(ReadOnlySpan<double> cells, int classes) => Marginal(cells, classes, byLabel: false);

    /// <summary>The binary counts of class c against the rest.</summary>
    public static ConfusionCounts OneVsRest(SumArray counts, int classes, int c, double[] actual, double[] predicted, double total)
    {
        var tp = counts[(c * classes) + c];
        var fp = predicted[c] - tp;
        var fn = actual[c] - tp;
        return new ConfusionCounts(tp, fp, total - tp - fp - fn, fn);
    }

    /// <summary>The one-vs-rest counts of every class of a C×C matrix.</summary>
    public static ConfusionCounts[] OneVsRest(SumArray counts, int classes)
    {
        var actual = Actual(counts, classes);
        var predicted = Predicted(counts, classes);
        var total = 0.0;
        foreach (var a in actual)
        {
            total += a;
        }

        var oneVsRest = new ConfusionCounts[classes];
        for (var c = 0; c < classes; c++)
        {
            oneVsRest[c] = OneVsRest(counts, classes, c, actual, predicted, total);
        }

        return oneVsRest;
    }

    /// <summary>The argmax class of a score row (lowest index on ties).</summary>
    public static int ArgMax<T>(ReadOnlySpan<T> row)
        where T : System.Numerics.INumber<T> =>
        System.Numerics.Tensors.TensorPrimitives.IndexOfMax(row);

    // The sums of the rows (labels per class) or of the columns (predictions per class).
    private static double[] Marginal(ReadOnlySpan<double> cells, int classes, bool byLabel)
    {
        var result = new double[classes];
        for (var i = 0; i < classes; i++)
        {
            for (var j = 0; j < classes; j++)
            {
                result[byLabel ? i : j] += cells[(i * classes) + j];
            }
        }

        return result;
    }
}
