namespace Metrics;

/// <summary>
/// Binary F1 score 2·TP / (2·TP + FP + FN), the harmonic mean of precision and recall, as flax-metrics'
/// <c>F1Score</c>: a score is positive iff <c>score &gt; Threshold</c> (strict; default 0 for logits). Labels must be
/// 0 or 1. With neither predicted nor actual positives the value follows <see cref="ZeroDivision"/> (NaN by default).
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct F1Score
{
    /// <summary>The decision threshold; 0 for logits (the default), 0.5 for probabilities.</summary>
    [Parameter] public double Threshold { get; init; } = 0.0;

    /// <summary>The value when there are neither predicted nor actual positives.</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>The confusion counts this metric shares with <see cref="Precision"/> and <see cref="Recall"/>.</summary>
    [Statistics] public BinaryCounts Counts;

    /// <summary>The F1 score, 2·TP / (predicted + actual positives), halved on both sides so the sum cannot overflow.</summary>
    public readonly double Compute() =>
        this.ZeroDivision.Divide(
            Counts.TruePositives,
            (0.5 * (Counts.TruePositives + Counts.FalsePositives)) + (0.5 * (Counts.TruePositives + Counts.FalseNegatives)));
}
