namespace Metrics;

/// <summary>
/// <see cref="IoU"/> for one-hot label rows and score rows (each reduced to its argmax), as Keras' <c>OneHotIoU</c>.
/// Rows whose label class is <see cref="IgnoreClass"/> are left out.
/// Inputs: one-hot label rows with score rows (a score row's class is its argmax, lowest index on ties). Classes lie in [0, NumClasses); the state
/// is the C×C confusion matrix, shared by every multi-class metric.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct OneHotIoU
{
    /// <summary>The number of classes (required, at least 1).</summary>
    [Parameter(Min = 1)] public int NumClasses { get; init; }

    /// <summary>The classes whose IoU is averaged; each must lie in [0, NumClasses).</summary>
    [Parameter(Min = 0)] public ParameterArray<int> TargetClassIds { get; init; }

    /// <summary>A label value whose elements are left out entirely (segmentation "void"), or null; may lie outside the classes.</summary>
    [Parameter] public int? IgnoreClass { get; init; } = null;
    /// <summary>
    /// The value of a class whose union is empty: NaN (the default) leaves the class out of the mean; Zero/One count it
    /// as that value, as scikit-learn's <c>jaccard_score(zero_division=...)</c>.
    /// </summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>
    /// Whether the value is the micro IoU, Σ TP / Σ (TP + FP + FN) over the target classes (scikit-learn's
    /// <c>jaccard_score(average='micro')</c>), instead of the mean of per-class IoUs (default false).
    /// </summary>
    [Parameter] public bool Micro { get; init; } = false;


    /// <summary>The (weighted) confusion matrix, row-major <c>[label * NumClasses + prediction]</c>.</summary>
    [Sum, SizedBy(nameof(NumClasses), nameof(NumClasses))] public SumArray Counts;

    private static OneHotIoU Update<T>([OneHot] ReadOnlySpan<T> labels, [RowLength(EqualTo = nameof(NumClasses))] ReadOnlySpan<T> scores, int numClasses, int? ignoreClass)
        where T : INumber<T>
    {
        var label = ClassConfusion.ArgMax(labels);
        return new() { Counts = label == ignoreClass ? SumArray.At(0, 0) : ClassConfusion.Cell(label, ClassConfusion.ArgMax(scores), numClasses) };
    }

    /// <summary>The IoU of each class, TP / (TP + FP + FN); for a class absent from labels and predictions, the <see cref="ZeroDivision"/> value (NaN by default).</summary>
    public readonly double[] PerClass() => SegmentationIoU.PerClass(Counts, NumClasses, ZeroDivision);

    /// <summary>The mean IoU over the target classes whose union is not empty (NaN when none; Keras: 0), or as <see cref="ZeroDivision"/> and <see cref="Micro"/> say.</summary>
    public readonly double Compute() => SegmentationIoU.Mean(Counts, NumClasses, TargetClassIds.AsSpan(), ZeroDivision, Micro);
}
