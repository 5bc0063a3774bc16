namespace Metrics;

/// <summary>
/// Multi-label recall TP / (TP + FN) per label, averaged (macro, micro, weighted by support, or per row), as
/// scikit-learn's <c>recall_score</c> on indicator matrices and TorchMetrics' <c>MultilabelRecall</c>.
/// Inputs and decisions are <see cref="MultiLabelCounts"/>'. A label absent from labels and predictions is left out
/// (NaN per label) unless <see cref="AllLabels"/>; a 0/0 score follows <see cref="ZeroDivision"/>.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct MultiLabelRecall
{
    /// <summary>The number of labels (columns), at least 1.</summary>
    [Parameter(Min = 1)] public int NumLabels { get; init; }

    /// <summary>The decision threshold in (0, 1]: a score is positive iff <c>score &gt; Threshold</c> (0.5 by default).</summary>
    [Parameter(Min = 0, MinExclusive = true, Max = 1)] public double Threshold { get; init; } = 0.5;

    /// <summary>How per-label scores are averaged (macro by default); <see cref="PerLabel"/> gives them unaveraged.</summary>
    [Parameter] public LabelAverage Average { get; init; } = LabelAverage.Macro;

    /// <summary>The value of a 0/0 score of a label or a row (NaN by default: then left out of averages).</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>
    /// Whether a label absent from labels and predictions takes part, scoring 0/0 (<see cref="ZeroDivision"/>), as
    /// scikit-learn on indicator matrices; false (the default) leaves it out.
    /// </summary>
    [Parameter] public bool AllLabels { get; init; } = false;

    /// <summary>The per-label and per-row counts.</summary>
    [Statistics] public MultiLabelCounts Counts;

    /// <summary>The statistics this metric reads: the counts at its threshold.</summary>
    public readonly MultiLabelCounts StatisticsTemplate() => new(NumLabels, threshold: Threshold);

    /// <summary>The recall of each label; NaN for an absent label unless <see cref="AllLabels"/>.</summary>
    public readonly double[] PerLabel() => Counts.PerLabel(AllLabels, ClassScore.Recall(ZeroDivision));

    /// <summary>The averaged recall (NaN when nothing is left to average).</summary>
    public readonly double Compute() => Counts.Average(this.Average, AllLabels, RowScore.Recall, ClassScore.Recall(ZeroDivision), ZeroDivision);
}
