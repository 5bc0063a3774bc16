namespace Metrics;

/// <summary>
/// Subset accuracy of multi-label data: the (weighted) fraction of rows whose every label is predicted right, as
/// scikit-learn's <c>accuracy_score</c> on indicator matrices and TorchMetrics' <c>MultilabelExactMatch</c> (not
/// <see cref="ExactMatchAccuracy"/>, which compares single elements). Inputs and decisions are
/// <see cref="MultiLabelCounts"/>'. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct MultiLabelExactMatch
{
    /// <summary>The number of labels (columns), at least 1.</summary>
    [Parameter(Min = 1)] public int NumLabels { get; init; }

    /// <summary>The decision threshold in (0, 1]: a score is positive iff <c>score &gt; Threshold</c> (0.5 by default).</summary>
    [Parameter(Min = 0, MinExclusive = true, Max = 1)] public double Threshold { get; init; } = 0.5;

    /// <summary>The per-label and per-row counts.</summary>
    [Statistics] public MultiLabelCounts Counts;

    /// <summary>The statistics this metric reads: the counts at its threshold.</summary>
    public readonly MultiLabelCounts StatisticsTemplate() => new(NumLabels, threshold: Threshold);

    /// <summary>The subset accuracy.</summary>
    public readonly double Compute() => LabelRows.ExactRows(Counts.Counts, NumLabels) / LabelRows.Rows(Counts.Counts, NumLabels);
}
