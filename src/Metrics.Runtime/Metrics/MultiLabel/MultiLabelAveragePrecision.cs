namespace Metrics;

/// <summary>
/// Average precision of multi-label data, as scikit-learn's <c>average_precision_score</c> on a label-indicator matrix:
/// each element is a row of 0/1 labels and a row of scores of the same length; per-label average precisions (the step
/// rule of <see cref="AveragePrecision"/>) averaged (macro), weighted by each label's weighted support, or one over all
/// (label, score) pairs (micro). Every row pair is kept (the state grows; merge concatenates).
/// </summary>
/// <remarks>
/// A label without positives has an undefined value: NaN by default, or the <see cref="ZeroDivision"/> value
/// (scikit-learn gives 0); under <see cref="MultiLabelAverage.Weighted"/> it has weight 0 and is left out.
/// </remarks>
[Metric]
[HigherIsBetter]
public partial record struct MultiLabelAveragePrecision
{
    /// <summary>How the per-label values are combined (default: macro).</summary>
    [Parameter] public MultiLabelAverage Average { get; init; } = MultiLabelAverage.Macro;

    /// <summary>A label's (or the micro) value when it has no positives.</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>Every accumulated sample: its score row followed by its label row, and its weight.</summary>
    [Append] public SampleBuffer Samples;

    private static MultiLabelAveragePrecision Update<T>([ClassIndex(2)] ReadOnlySpan<int> labels, [NotNaN] ReadOnlySpan<T> scores)
        where T : INumber<T> =>
        new() { Samples = SampleBuffer.OfRows() };

    /// <summary>The combined average precision.</summary>
    public readonly double Compute() => LabelAveragePrecision.OfLabelRows(Samples, Average, ZeroDivision, out _);

    /// <summary>Each label's average precision (scikit-learn's <c>average=None</c>).</summary>
    public readonly double[] PerLabel()
    {
        LabelAveragePrecision.OfLabelRows(Samples, MultiLabelAverage.Macro, ZeroDivision, out var perLabel);
        return perLabel;
    }
}
