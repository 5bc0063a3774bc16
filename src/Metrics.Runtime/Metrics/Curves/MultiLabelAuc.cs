namespace Metrics;

/// <summary>
/// Exact ROC AUC of multi-label data, as scikit-learn's <c>roc_auc_score</c> on a label-indicator matrix: each element
/// is a row of 0/1 labels and a row of scores of the same length; per-label binary AUCs averaged (macro), weighted by
/// each label's weighted support, or one AUC over all pairs (micro). Every row pair is kept (the state grows; merge
/// concatenates) and ranked in O(n) when the value is computed. Unlike Keras's <c>AUC(multi_label=False)</c>, which
/// flattens silently, the averaging is explicit.
/// </summary>
/// <remarks>
/// A label column with only one class has an undefined AUC: NaN by default (scikit-learn raises), or the
/// <see cref="ZeroDivision"/> value; under <see cref="MultiLabelAverage.Weighted"/> a label without positives has weight 0
/// and is left out. Labels must be 0 or 1 and scores not NaN (both checked before anything is kept: a kept NaN would
/// leave a state whose value cannot be computed).
/// </remarks>
[Metric(Name = "multi_label_auc")]
[HigherIsBetter]
public partial record struct MultiLabelAuc
{
    /// <summary>How the per-label values are combined (default: macro).</summary>
    [Parameter] public MultiLabelAverage Average { get; init; } = MultiLabelAverage.Macro;

    /// <summary>A label's value (or the micro value) when it is undefined.</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>Every accumulated sample: its score row followed by its label row, and its weight.</summary>
    [Append] public SampleBuffer Samples;

    private static MultiLabelAuc Update<T>([ClassIndex(2)] ReadOnlySpan<int> labels, [NotNaN] ReadOnlySpan<T> scores)
        where T : INumber<T> =>
        new() { Samples = SampleBuffer.OfRows() };

    /// <summary>The combined multi-label AUC.</summary>
    public readonly double Compute() => ExactCurves.MultiLabelRocAuc(Samples, Average, ZeroDivision, out _);

    /// <summary>Each label's AUC (scikit-learn's <c>average=None</c>).</summary>
    public readonly double[] PerLabel()
    {
        ExactCurves.MultiLabelRocAuc(Samples, MultiLabelAverage.Macro, ZeroDivision, out var perLabel);
        return perLabel;
    }
}
