namespace Metrics;

/// <summary>
/// Binary recall TP / (TP + FN), as flax-metrics' <c>Recall</c>: a score is positive iff <c>score &gt; Threshold</c>
/// (strict; default 0 for logits). Labels must be 0 or 1. With no actual positive the value follows
/// <see cref="ZeroDivision"/> (NaN by default).
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct Recall
{
    /// <summary>The decision threshold; 0 for logits (the default), 0.5 for probabilities.</summary>
    [Parameter] public double Threshold { get; init; } = 0.0;

    /// <summary>The value when there is no actual positive.</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>The confusion counts this metric shares with <see cref="Precision"/> and <see cref="F1Score"/>.</summary>
    [Statistics] public BinaryCounts Counts;

    /// <summary>The recall.</summary>
    public readonly double Compute() => this.ZeroDivision.Divide(Counts.TruePositives, Counts.TruePositives + Counts.FalseNegatives);
}
