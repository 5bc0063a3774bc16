namespace Metrics;

/// <summary>
/// Binary recall TP / (TP + FN), as flax-metrics' <c>Recall</c>: a score is positive iff <c>score &gt; Threshold</c>
/// (strict; default 0 for logits). Labels must be 0 or 1. With no actual positive the value follows
/// <see cref="ZeroDivision"/> (NaN by default).
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct Recall : ISharesStatistics<Recall, BinaryCounts>
{
    /// <summary>The decision threshold; 0 for logits (the default), 0.5 for probabilities.</summary>
    [Parameter] public double Threshold { get; init; } = 0.0;

    /// <summary>The value when there is no actual positive.</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>The (weighted) number of true positives.</summary>
    [Sum] public double TruePositives;

    /// <summary>The (weighted) number of actual positives.</summary>
    [Sum] public double ActualPositives;

    private static Recall Update([ClassIndex(2)] int label, double prediction, double threshold) =>
        new() { TruePositives = prediction > threshold ? label : 0, ActualPositives = label };

    /// <summary>The recall.</summary>
    public readonly double Compute() => this.ZeroDivision.Divide(TruePositives, ActualPositives);

    /// <summary>The statistics this metric is derived from in a <see cref="MetricCollection"/>.</summary>
    public readonly BinaryCounts StatisticsTemplate() => new(Threshold);

    /// <summary>This metric with its state derived from <paramref name="statistics"/>.</summary>
    /// <param name="statistics">The accumulated statistics.</param>
    public readonly Recall WithStatistics(in BinaryCounts statistics) =>
        this with { TruePositives = statistics.TruePositives, ActualPositives = statistics.TruePositives + statistics.FalseNegatives };
}
