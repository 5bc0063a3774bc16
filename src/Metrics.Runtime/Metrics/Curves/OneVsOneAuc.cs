namespace Metrics;

/// <summary>
/// Exact one-vs-one ROC AUC of multi-class scores, as scikit-learn's <c>roc_auc_score(multi_class="ovo")</c> (Hand and
/// Till): for each pair of classes a &lt; b, among the rows labelled a or b, the mean of the AUC of column a for "is a"
/// and of column b for "is b"; averaged over pairs (macro) or weighted by each pair's share of the (weighted) rows.
/// The rows are <see cref="OneVsRestAuc"/>'s kept samples (a score row and a class index each), shared with it in a
/// collection. Unlike scikit-learn, which refuses them here, sample weights are taken (each pair's AUCs weighted).
/// </summary>
/// <remarks>
/// A pair with a class that has no row has an undefined AUC: NaN by default (scikit-learn requires every class to
/// appear), or the <see cref="ZeroDivision"/> value. Only the order of scores within a column matters.
/// </remarks>
[Metric(Name = "one_vs_one_auc")]
[HigherIsBetter]
public partial record struct OneVsOneAuc
{
    /// <summary>How the pair values are averaged (default: macro).</summary>
    [Parameter] public AucAverage Average { get; init; } = AucAverage.Macro;

    /// <summary>A class's AUC within a pair when it is undefined.</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>The kept rows, <see cref="OneVsRestAuc"/>'s state.</summary>
    [Statistics] public OneVsRestAuc Rows;

    /// <summary>The statistics: <see cref="OneVsRestAuc"/>'s rows, whose own average and zero-division value do not matter to them.</summary>
    public readonly OneVsRestAuc StatisticsTemplate() => new();

    /// <summary>The averaged one-vs-one AUC.</summary>
    public readonly double Compute() => ExactCurves.OneVsOneRocAuc(Rows.Samples, Average == AucAverage.Weighted, ZeroDivision);
}
