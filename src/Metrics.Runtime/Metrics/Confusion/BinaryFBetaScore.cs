namespace Metrics;

/// <summary>
/// Binary F-beta score (1 + β²)·TP / ((1 + β²)·TP + β²·FN + FP), as scikit-learn's <c>fbeta_score</c> (binary average)
/// and TorchMetrics' <c>BinaryFBetaScore</c>: a score is positive iff <c>score &gt; Threshold</c> (strict; default 0 for
/// logits, as <see cref="F1Score"/>; 0.5 for probabilities or 0/1 predictions). Labels must be 0 or 1. With neither
/// predicted nor actual positives the value follows <see cref="ZeroDivision"/> (NaN by default).
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct BinaryFBetaScore
{
    /// <summary>The weight β &gt; 0 of recall relative to precision (1 gives F1).</summary>
    [Parameter(Min = 0, MinExclusive = true)] public double Beta { get; init; } = 1.0;

    /// <summary>The decision threshold; 0 for logits (the default), 0.5 for probabilities.</summary>
    [Parameter] public double Threshold { get; init; } = 0.0;

    /// <summary>The value when there are neither predicted nor actual positives.</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>The confusion counts this metric shares with <see cref="Precision"/>, <see cref="Recall"/> and <see cref="F1Score"/>.</summary>
    [Statistics] public BinaryCounts Counts;

    /// <summary>The F-beta score.</summary>
    public readonly double Compute() => Counts.Compute().FBeta(Beta, ZeroDivision);
}
