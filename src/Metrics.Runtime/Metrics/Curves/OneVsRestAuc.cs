namespace Metrics;

/// <summary>
/// Exact one-vs-rest ROC AUC of multi-class scores, as scikit-learn's <c>roc_auc_score(multi_class="ovr")</c>: for each
/// class c, the binary ROC AUC of column c with positives the rows labelled c; averaged over classes (macro) or
/// weighted by each class's weighted support. Each element is a row of scores with its class index in [0, row length).
/// Every row is kept (the state grows; merge concatenates) and ranked per class in O(n) when the value is computed.
/// </summary>
/// <remarks>
/// A class without positives or without negatives has an undefined AUC: NaN by default (scikit-learn raises), or the
/// <see cref="ZeroDivision"/> value, so the average is NaN unless a value is chosen. scikit-learn also requires rows
/// that sum to 1; any real scores are accepted here (only their order within a column matters). A NaN score is rejected
/// before anything is kept (kept, it would leave a state whose value cannot be computed).
/// </remarks>
[Metric(Name = "one_vs_rest_auc")]
[HigherIsBetter]
public partial record struct OneVsRestAuc
{
    /// <summary>How the per-class values are averaged (default: macro).</summary>
    [Parameter] public AucAverage Average { get; init; } = AucAverage.Macro;

    /// <summary>A class's value when it is undefined.</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>Every accumulated (score row, class index, weight) sample.</summary>
    [Append] public SampleBuffer Samples;

    private static OneVsRestAuc Update<T>([ClassIndex] int label, [NotNaN] ReadOnlySpan<T> scores)
        where T : INumber<T> =>
        new() { Samples = SampleBuffer.OfRow(label) };

    /// <summary>The averaged one-vs-rest AUC.</summary>
    public readonly double Compute() =>
        ExactCurves.OneVsRestRocAuc(Samples, Average == AucAverage.Weighted, ZeroDivision, out _);

    /// <summary>
    /// Each class's one-vs-rest ROC curve (index c: column c's scores against "is class c"), as scikit-learn's
    /// <c>roc_curve</c> per class; a class without positives or negatives has rates of <see cref="ZeroDivision"/>.
    /// </summary>
    /// <param name="dropIntermediate">Drop points that lie on a straight line between their neighbours (scikit-learn's default).</param>
    public readonly RocCurvePoints[] RocCurves(bool dropIntermediate = true) =>
        ExactCurves.OneVsRestRocCurves(Samples, dropIntermediate, ZeroDivision);

    /// <summary>Each class's one-vs-rest AUC (scikit-learn's <c>average=None</c>).</summary>
    public readonly double[] PerClass()
    {
        ExactCurves.OneVsRestRocAuc(Samples, false, ZeroDivision, out var perClass);
        return perClass;
    }
}
