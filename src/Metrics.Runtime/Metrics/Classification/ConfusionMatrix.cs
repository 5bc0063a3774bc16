namespace Metrics;

/// <summary>
/// The (weighted) confusion matrix of integer class predictions: cell [label, prediction] counts how often class
/// <c>label</c> was predicted as <c>prediction</c>, as scikit-learn's <c>confusion_matrix</c>. Its state is an array
/// sized by <see cref="NumClasses"/>; labels and predictions must lie in [0, NumClasses). <see cref="Normalize"/>
/// divides rows, columns or all cells by their sum; a 0/0 cell (an empty row or column) is NaN by default and
/// <see cref="ZeroDivision"/> otherwise (<see cref="ZeroDivision.Zero"/> is scikit-learn's <c>normalize</c>).
/// </summary>
[Metric]
public partial record struct ConfusionMatrix
{
    /// <summary>The number of classes (required, at least 1).</summary>
    [Parameter(Min = 1)] public int NumClasses { get; init; }

    /// <summary>How the computed matrix is normalized; none (counts) by default.</summary>
    [Parameter] public ConfusionNormalization Normalize { get; init; } = ConfusionNormalization.None;

    /// <summary>The value of a normalized cell whose row, column or total is empty (default NaN; scikit-learn: 0).</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>The cells, row-major: <c>label * NumClasses + prediction</c>.</summary>
    [Sum, SizedBy(nameof(NumClasses), nameof(NumClasses))] public SumArray Counts;

    private static ConfusionMatrix Update(
        [ClassIndex(nameof(NumClasses))] int label, [ClassIndex(nameof(NumClasses))] int prediction, int numClasses) =>
        new() { Counts = SumArray.At((label * numClasses) + prediction) };

    /// <summary>The matrix, rows = true classes, columns = predicted classes, normalized as <see cref="Normalize"/> says.</summary>
    public readonly double[,] Compute()
    {
        var matrix = new double[NumClasses, NumClasses];
        for (var label = 0; label < NumClasses; label++)
        {
            for (var prediction = 0; prediction < NumClasses; prediction++)
            {
                matrix[label, prediction] = Counts[(label * NumClasses) + prediction];
            }
        }

        if (Normalize == ConfusionNormalization.None)
        {
            return matrix;
        }

        var actual = ClassConfusion.Actual(Counts, NumClasses);
        var predicted = ClassConfusion.Predicted(Counts, NumClasses);
        var total = 0.0;
        foreach (var a in actual)
        {
            total += a;
        }

        for (var label = 0; label < NumClasses; label++)
        {
            for (var prediction = 0; prediction < NumClasses; prediction++)
            {
                var divisor = Normalize switch
                {
                    ConfusionNormalization.True => actual[label],
                    ConfusionNormalization.Pred => predicted[prediction],
                    _ => total,
                };
                matrix[label, prediction] = divisor != 0 ? matrix[label, prediction] / divisor : ZeroDivision switch
                {
                    ZeroDivision.Zero => 0.0,
                    ZeroDivision.One => 1.0,
                    _ => double.NaN,
                };
            }
        }

        return matrix;
    }
}
