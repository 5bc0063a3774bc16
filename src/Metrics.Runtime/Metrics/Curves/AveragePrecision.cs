namespace Metrics;

/// <summary>
/// Average precision, scikit-learn's <c>average_precision_score</c>: Σ (Rₖ − Rₖ₋₁)·Pₖ over decreasing distinct
/// thresholds (the step rule, no interpolation), from every kept (score, label, weight) sample. Ties in scores form
/// one threshold. Labels must be 0 or 1. The state grows with the data and merges by concatenation; scores are
/// ranked in O(n) (<see cref="RadixRanking"/>) when the value is computed.
/// </summary>
/// <remarks>
/// Undefined without positives: NaN by default (scikit-learn gives 0, i.e. <see cref="ZeroDivision.Zero"/>). In a
/// <see cref="MetricCollection"/> it keeps no samples of its own beside an <see cref="ExactAuc"/> with default
/// parameters (<c>roc_auc</c>): both read the one sample buffer.
/// </remarks>
[Metric(Name = "average_precision")]
[HigherIsBetter]
public partial record struct AveragePrecision : ISharesStatistics<AveragePrecision, ExactAuc>
{
    /// <summary>The value when no positive was seen.</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>Every accumulated (score, label, weight) sample.</summary>
    [Append] public SampleBuffer Samples;

    private static AveragePrecision Update([ClassIndex(2)] int label, [NotNaN] double prediction) =>
        new() { Samples = SampleBuffer.Of(prediction, label) };

    /// <summary>The average precision.</summary>
    public readonly double Compute() => ExactCurves.AveragePrecision(Samples, ZeroDivision);

    /// <summary>The statistics this metric is derived from in a <see cref="MetricCollection"/>: the samples of an exact AUC.</summary>
    public readonly ExactAuc StatisticsTemplate() => new();

    /// <summary>This metric with the samples of <paramref name="statistics"/>.</summary>
    /// <param name="statistics">The accumulated statistics.</param>
    public readonly AveragePrecision WithStatistics(in ExactAuc statistics) => this with { Samples = statistics.Samples };

    /// <summary>The precision-recall curve points for plotting, as scikit-learn's <c>precision_recall_curve</c>.</summary>
    public readonly PrecisionRecallCurvePoints PrecisionRecallCurve() =>
        ExactCurves.PrecisionRecallCurve(Samples, ZeroDivision);
}
