namespace Metrics;

/// <summary>
/// Precision TP / (TP + FP) of the top k scores of each row, as Keras' <c>Precision(top_k=k, class_id, thresholds)</c>. Inputs are
/// rows of 0/1 labels and rows of scores. Of each score row exactly <see cref="K"/> elements are kept, the largest
/// (equal scores keep the lower index first, as <c>tf.math.top_k</c>, so a tie at the boundary keeps the leftmost);
/// the others are predicted negative. A kept element is predicted positive iff its score exceeds <see cref="Threshold"/>;
/// without a threshold (Keras' default for <c>top_k</c>) every kept element is positive (Keras compares with −1e10).
/// With <see cref="ClassId"/> only that column counts, else every element of the rows (Keras flattens).
/// 0/0 follows <see cref="ZeroDivision"/> (NaN by default; Keras gives 0).
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct TopKPrecision
{
    /// <summary>How many of the largest scores of each row are kept (at least 1, at most the row length; required).</summary>
    [Parameter(Min = 1)] public int K { get; init; }

    /// <summary>The only column that counts (Keras' <c>class_id</c>), or null for every element of the rows.</summary>
    [Parameter(Min = 0)] public int? ClassId { get; init; } = null;

    /// <summary>The decision threshold in [0, 1] for the kept scores (strict <c>&gt;</c>), or null: every kept score is positive.</summary>
    [Parameter(Min = 0, Max = 1)] public double? Threshold { get; init; } = null;

    /// <summary>The value when the ratio is 0/0 (NaN by default; Keras gives 0).</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>The (weighted) true positives.</summary>
    [Sum] public double TruePositives;

    /// <summary>The (weighted) false positives.</summary>
    [Sum] public double FalsePositives;

    /// <summary>The (weighted) false negatives.</summary>
    [Sum] public double FalseNegatives;

    private static TopKPrecision Update<T>(
        [ClassIndex(2)] ReadOnlySpan<int> labels, [RowLength(AtLeast = nameof(K), Above = nameof(ClassId)), NotNaN] ReadOnlySpan<T> scores, int k, int? classId, double? threshold)
        where T : INumber<T>
    {
        var (tp, fp, fn) = TopKCounts.Row(labels, scores, k, classId, threshold);
        return new() { TruePositives = tp, FalsePositives = fp, FalseNegatives = fn };
    }

    /// <summary>The counts as confusion counts (true negatives are not tracked: 0).</summary>
    public readonly ConfusionCounts Counts() => new(TruePositives, FalsePositives, 0, FalseNegatives);

    /// <summary>The precision of the kept scores.</summary>
    public readonly double Compute() => Counts().Precision(ZeroDivision);
}
