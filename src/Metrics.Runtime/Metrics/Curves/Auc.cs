namespace Metrics;

/// <summary>
/// Binned area under the ROC or precision-recall curve, as Keras's <c>AUC</c>: confusion counts at
/// <see cref="NumThresholds"/> evenly spaced thresholds (−1e-7, 1/(n−1), …, (n−2)/(n−1), 1 + 1e-7) or at the explicit
/// <see cref="Thresholds"/> (plus those two endpoints); a score is positive iff <c>score &gt; threshold</c>. Each score is
/// counted in its bin once (O(n + thresholds), not Keras's O(n × thresholds) general path); the state is a fixed array
/// of 2 × (thresholds + 1) weighted counts, merged by addition. Labels must be 0 or 1; scores are probabilities
/// (scores outside [0, 1] are not clipped: they fall below or above every threshold).
/// </summary>
/// <remarks>
/// Undefined (one class only for ROC, no positives for PR): NaN by default, where Keras silently returns 0
/// (<see cref="ZeroDivision.Zero"/>). Converges to <see cref="ExactAuc"/> as the thresholds get finer.
/// </remarks>
[Metric(Name = "auc")]
[HigherIsBetter]
public partial record struct Auc
{
    /// <summary>The number of evenly spaced thresholds, endpoints included (at least 2; default 200). Ignored when <see cref="Thresholds"/> is given.</summary>
    [Parameter(Min = 2)] public int NumThresholds { get; init; } = 200;

    /// <summary>Explicit thresholds in [0, 1] (the ±1e-7 endpoints are added), or none for the evenly spaced grid.</summary>
    [Parameter] public CurveThresholds Thresholds { get; init; } = default;

    /// <summary>The curve: ROC (default) or precision-recall.</summary>
    [Parameter] public AucCurve Curve { get; init; } = AucCurve.Roc;

    /// <summary>How the area between thresholds is summed (default: interpolation).</summary>
    [Parameter] public AucSummation Summation { get; init; } = AucSummation.Interpolation;

    /// <summary>Whether scores are logits, mapped through the sigmoid before binning (Keras's <c>from_logits</c>).</summary>
    [Parameter] public bool FromLogits { get; init; } = false;

    /// <summary>The value when the area is undefined.</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>Weighted counts per bin: cell 2b + label, where bin b holds the scores above exactly b thresholds.</summary>
    [Sum, SizedBy(nameof(Cells))] public SumArray Counts;

    private readonly long Cells => 2L * (Grid.Count + 1L);

    /// <summary>The thresholds, ascending.</summary>
    public readonly ThresholdGrid Grid => new(NumThresholds, Thresholds, withEndpoints: true);

    private static Auc Update([ClassIndex(2)] int label, [NotNaN] double prediction, int numThresholds, CurveThresholds thresholds, bool fromLogits)
    {
        // Explicit thresholds (a binary search) and logits (Math.Exp) keep scalar cells; the evenly spaced grid is lane-wise.
        var score = fromLogits ? 1 / (1 + Math.Exp(-prediction)) : prediction;
        var bucket = thresholds.IsDefault
            ? EvenThresholds.AucBucket(score, numThresholds)
            : new ThresholdGrid(numThresholds, thresholds, withEndpoints: true).Bucket(score);
        return new() { Counts = SumArray.At((2 * bucket) + label) };
    }

    /// <summary>The area under the chosen curve.</summary>
    public readonly double Compute()
    {
        var grid = Grid;
        var tp = new double[grid.Count];
        var fp = new double[grid.Count];
        var (positives, negatives) = grid.Confusion(Counts.Cells, tp, fp);
        return BinnedCurves.Auc(tp, fp, positives, negatives, Curve, Summation, ZeroDivision);
    }

    /// <summary>The weighted true positives at each threshold (Keras's <c>true_positives</c> variable).</summary>
    public readonly double[] TruePositives()
    {
        var tp = new double[Grid.Count];
        Grid.Confusion(Counts.Cells, tp, new double[Grid.Count]);
        return tp;
    }

    /// <summary>The weighted false positives at each threshold (Keras's <c>false_positives</c> variable).</summary>
    public readonly double[] FalsePositives()
    {
        var fp = new double[Grid.Count];
        Grid.Confusion(Counts.Cells, new double[Grid.Count], fp);
        return fp;
    }
}
