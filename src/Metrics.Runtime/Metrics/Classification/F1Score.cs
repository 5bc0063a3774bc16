namespace Metrics;

/// <summary>
/// Binary F1 score 2·TP / (2·TP + FP + FN), the harmonic mean of precision and recall, as flax-metrics'
/// <c>F1Score</c>: a score is positive iff <c>score &gt; Threshold</c> (strict; default 0 for logits). Labels must be
/// 0 or 1. With neither predicted nor actual positives the value follows <see cref="ZeroDivision"/> (NaN by default).
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct F1Score : ISharesStatistics<F1Score, BinaryCounts>
{
    /// <summary>The decision threshold; 0 for logits (the default), 0.5 for probabilities.</summary>
    [Parameter] public double Threshold { get; init; } = 0.0;

    /// <summary>The value when there are neither predicted nor actual positives.</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>The (weighted) number of true positives.</summary>
    [Sum] public double TruePositives;

    /// <summary>The (weighted) number of actual positives.</summary>
    [Sum] public double ActualPositives;

    /// <summary>The (weighted) number of predicted positives.</summary>
    [Sum] public double PredictedPositives;

    private static F1Score Update([ClassIndex(2)] int label, double prediction, double threshold)
    {
        var predicted = prediction > threshold ? 1.0 : 0.0;
        return new() { TruePositives = predicted * label, ActualPositives = label, PredictedPositives = predicted };
    }

    /// <summary>The F1 score, 2·TP / (predicted + actual positives), halved on both sides so the sum cannot overflow.</summary>
    public readonly double Compute() =>
        this.ZeroDivision.Divide(TruePositives, (0.5 * PredictedPositives) + (0.5 * ActualPositives));

    /// <summary>The statistics this metric is derived from in a <see cref="MetricCollection"/>.</summary>
    public readonly BinaryCounts StatisticsTemplate() => new(Threshold);

    /// <summary>This metric with its state derived from <paramref name="statistics"/>.</summary>
    /// <param name="statistics">The accumulated statistics.</param>
    public readonly F1Score WithStatistics(in BinaryCounts statistics) =>
        this with
        {
            TruePositives = statistics.TruePositives,
            ActualPositives = statistics.TruePositives + statistics.FalseNegatives,
            PredictedPositives = statistics.TruePositives + statistics.FalsePositives,
        };
}
