namespace Metrics;

/// <summary>
/// Binary precision TP / (TP + FP), as flax-metrics' <c>Precision</c>: a score is positive iff
/// <c>score &gt; Threshold</c> (strict; default 0 for logits). Labels must be 0 or 1. With no predicted positive the
/// value follows <see cref="ZeroDivision"/> (NaN by default; scikit-learn's <c>zero_division</c>).
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct Precision
{
    /// <summary>The decision threshold; 0 for logits (the default), 0.5 for probabilities.</summary>
    [Parameter] public double Threshold { get; init; } = 0.0;

    /// <summary>The value when nothing is predicted positive.</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>The confusion counts this metric shares with <see cref="Recall"/> and <see cref="F1Score"/>.</summary>
    [Statistics] public BinaryCounts Counts;

    /// <summary>The precision.</summary>
    public readonly double Compute() => this.ZeroDivision.Divide(Counts.TruePositives, Counts.TruePositives + Counts.FalsePositives);
}
