namespace Metrics;

/// <summary>
/// The balanced accuracy: the mean recall over the classes that occur as labels, as scikit-learn's
/// <c>balanced_accuracy_score</c> (classes never seen as labels are left out). NaN when empty.
/// Inputs: integer labels with integer predictions, integer labels with score rows, or one-hot label rows with score
/// rows (a score row's class is its argmax, lowest index on ties). Classes lie in [0, NumClasses); the state
/// is the C×C confusion matrix, shared by every multi-class metric.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct BalancedAccuracy
{
    /// <summary>The number of classes (required, at least 1).</summary>
    [Parameter(Min = 1)] public int NumClasses { get; init; }

    /// <summary>The (weighted) confusion matrix, row-major <c>[label * NumClasses + prediction]</c>.</summary>
    [Sum, SizedBy(nameof(NumClasses), nameof(NumClasses))] public SumArray Counts;

    private static BalancedAccuracy Update([ClassIndex(nameof(NumClasses))] int label, [ClassIndex(nameof(NumClasses))] int prediction, int numClasses) =>
        new() { Counts = ClassConfusion.Cell(label, prediction, numClasses) };

    private static BalancedAccuracy Update<T>([ClassIndex(nameof(NumClasses))] int label, [RowLength(EqualTo = nameof(NumClasses))] ReadOnlySpan<T> scores, int numClasses)
        where T : INumber<T> =>
        new() { Counts = ClassConfusion.Cell(label, ClassConfusion.ArgMax(scores), numClasses) };

    private static BalancedAccuracy Update<T>([OneHot] ReadOnlySpan<T> labels, [RowLength(EqualTo = nameof(NumClasses))] ReadOnlySpan<T> scores, int numClasses)
        where T : INumber<T> =>
        new() { Counts = ClassConfusion.Cell(ClassConfusion.ArgMax(labels), ClassConfusion.ArgMax(scores), numClasses) };

    /// <summary>
    /// Each class's one-vs-rest counts (TP, FP, TN, FN of "class c" against the rest), whose <c>Specificity()</c>,
    /// <c>Npv()</c>, <c>FalsePositiveRate()</c>, <c>FalseNegativeRate()</c>, <c>Informedness()</c> and
    /// <c>Markedness()</c> are the per-class rates (TorchMetrics' <c>MulticlassSpecificity(average=None)</c>; their
    /// mean is its <c>average="macro"</c>). The multi-class metrics that share this state reach it as <c>Confusion</c>.
    /// </summary>
    public readonly ConfusionCounts[] ClassCounts() => ClassConfusion.OneVsRest(Counts, NumClasses);

    /// <summary>The balanced accuracy.</summary>
    public readonly double Compute() => ClassAgreement.BalancedAccuracy(Counts, NumClasses);
}
