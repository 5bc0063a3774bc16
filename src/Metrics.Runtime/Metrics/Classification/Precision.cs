namespace Metrics;

/// <summary>
/// Binary precision TP / (TP + FP), as flax-metrics' <c>Precision</c>: a score is positive iff
/// <c>score &gt; Threshold</c> (strict; default 0 for logits). Labels must be 0 or 1. With no predicted positive the
/// value follows <see cref="ZeroDivision"/> (NaN by default; scikit-learn's <c>zero_division</c>).
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct Precision : ISharesStatistics<Precision, BinaryCounts>
{
    /// <summary>The decision threshold; 0 for logits (the default), 0.5 for probabilities.</summary>
    [Parameter] public double Threshold { get; init; } = 0.0;

    /// <summary>The value when nothing is predicted positive.</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>The (weighted) number of true positives.</summary>
    [Sum] public double TruePositives;

    /// <summary>The (weighted) number of predicted positives.</summary>
    [Sum] public double PredictedPositives;

    private static Precision Update([ClassIndex(2)] int label, double prediction, double threshold)
    {
        var predicted = prediction > threshold ? 1.0 : 0.0;
        return new() { TruePositives = predicted * label, PredictedPositives = predicted };
    }

    /// <summary>The precision.</summary>
    public readonly double Compute() => this.ZeroDivision.Divide(TruePositives, PredictedPositives);

    /// <summary>The statistics this metric is derived from in a <see cref="MetricCollection"/>.</summary>
    public readonly BinaryCounts StatisticsTemplate() => new(Threshold);

    /// <summary>This metric with its state derived from <paramref name="statistics"/>.</summary>
    /// <param name="statistics">The accumulated statistics.</param>
    public readonly Precision WithStatistics(in BinaryCounts statistics) =>
        this with { TruePositives = statistics.TruePositives, PredictedPositives = statistics.TruePositives + statistics.FalsePositives };
}
