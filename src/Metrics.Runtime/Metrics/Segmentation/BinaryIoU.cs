namespace Metrics;

/// <summary>
/// The intersection over union of a binary segmentation, as Keras' <c>BinaryIoU</c>: scores are positive iff
/// <c>score &gt; Threshold</c> (strict, the library convention; Keras uses ≥ here only), labels are 0 or 1, and the
/// IoU of each class in <see cref="TargetClassIds"/> ([0, 1] by default) whose union is not empty is averaged.
/// Fractional weights are kept. NaN when empty (Keras: 0).
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct BinaryIoU
{
    /// <summary>The decision threshold; 0.5 for probabilities (the default, as Keras).</summary>
    [Parameter] public double Threshold { get; init; } = 0.5;

    /// <summary>The classes (0, 1) whose IoU is averaged; [0, 1] by default.</summary>
    [Parameter(Min = 0, Max = 1)] public ParameterArray<int> TargetClassIds { get; init; } = BothClasses;
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


    // Shared, because every element's new() runs the initializer.
    private static readonly ParameterArray<int> BothClasses = [0, 1];

    /// <summary>The (weighted) number of negatives scored negative.</summary>
    [Sum] public double TrueNegatives;

    /// <summary>The (weighted) number of negatives scored positive.</summary>
    [Sum] public double FalsePositives;

    /// <summary>The (weighted) number of positives scored negative.</summary>
    [Sum] public double FalseNegatives;

    /// <summary>The (weighted) number of positives scored positive.</summary>
    [Sum] public double TruePositives;

    private static BinaryIoU Update([ClassIndex(2)] int label, double prediction, double threshold)
    {
        var positive = prediction > threshold ? 1.0 : 0.0;
        return new()
        {
            TrueNegatives = (1 - label) * (1 - positive),
            FalsePositives = (1 - label) * positive,
            FalseNegatives = label * (1 - positive),
            TruePositives = label * positive,
        };
    }

    /// <summary>The IoU of class 0 and of class 1; where the union is empty, the <see cref="ZeroDivision"/> value (NaN by default).</summary>
    public readonly double[] PerClass() => SegmentationIoU.PerClass(Matrix(), 2, ZeroDivision);

    /// <summary>The mean IoU over the target classes whose union is not empty (NaN when none), or as <see cref="ZeroDivision"/> and <see cref="Micro"/> say.</summary>
    public readonly double Compute() => SegmentationIoU.Mean(Matrix(), 2, TargetClassIds.AsSpan(), ZeroDivision, Micro);

    private readonly SumArray Matrix()
    {
        var matrix = SumArray.Zeros(4);
        matrix.Accumulate(SumArray.At(0, TrueNegatives));
        matrix.Accumulate(SumArray.At(1, FalsePositives));
        matrix.Accumulate(SumArray.At(2, FalseNegatives));
        matrix.Accumulate(SumArray.At(3, TruePositives));
        return matrix;
    }
}
