namespace Metrics;

/// <summary>
/// The standardized partial area under the ROC curve up to a false-positive rate <see cref="MaxFpr"/>, as scikit-learn's
/// <c>roc_auc_score(max_fpr=...)</c> and TorchMetrics' <c>BinaryAUROC(max_fpr=...)</c>: the exact curve
/// (<see cref="ExactAuc"/>'s kept samples) is cut at <see cref="MaxFpr"/> with its true-positive rate interpolated
/// there, the area A up to it taken by trapezoids, and McClish's correction 0.5·(1 + (A − m²/2) / (m − m²/2)) maps it
/// to [0.5, 1] for curves above the diagonal (0.5 is chance; a curve below it can go lower). <see cref="MaxFpr"/> 1 is
/// the whole area, uncorrected.
/// </summary>
/// <remarks>Undefined without both classes (scikit-learn raises): NaN by default, or the <see cref="ZeroDivision"/> value.</remarks>
[Metric(Name = "partial_roc_auc")]
[HigherIsBetter]
public partial record struct PartialRocAuc
{
    /// <summary>The largest false-positive rate of the area (in (0, 1]; required).</summary>
    [Parameter(Min = 0, MinExclusive = true, Max = 1)] public double MaxFpr { get; init; }

    /// <summary>The value when the area is undefined (one class only, or empty).</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>The kept samples, <see cref="ExactAuc"/>'s state (shared with it in a collection).</summary>
    [Statistics] public ExactAuc Roc;

    /// <summary>The statistics: <see cref="ExactAuc"/>'s samples, whose own curve and zero-division value do not matter to them.</summary>
    public readonly ExactAuc StatisticsTemplate() => new();

    /// <summary>The McClish-standardized partial ROC AUC.</summary>
    public readonly double Compute() => ExactCurves.PartialRocAuc(Roc.Samples, MaxFpr, ZeroDivision);
}
