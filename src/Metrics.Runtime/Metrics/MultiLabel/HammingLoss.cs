namespace Metrics;

/// <summary>
/// The Hamming loss of multi-label data: the (weighted) fraction of labels predicted wrong, (FP + FN) / all, as
/// scikit-learn's <c>hamming_loss</c> on indicator matrices and TorchMetrics' <c>MultilabelHammingDistance</c> (micro).
/// Inputs and decisions are <see cref="MultiLabelCounts"/>'. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct HammingLoss
{
    /// <summary>The number of labels (columns), at least 1.</summary>
    [Parameter(Min = 1)] public int NumLabels { get; init; }

    /// <summary>The decision threshold in (0, 1]: a score is positive iff <c>score &gt; Threshold</c> (0.5 by default).</summary>
    [Parameter(Min = 0, MinExclusive = true, Max = 1)] public double Threshold { get; init; } = 0.5;

    /// <summary>The per-label and per-row counts.</summary>
    [Statistics] public MultiLabelCounts Counts;

    /// <summary>The statistics this metric reads: the counts at its threshold.</summary>
    public readonly MultiLabelCounts StatisticsTemplate() => new(NumLabels, threshold: Threshold);

    /// <summary>The Hamming loss.</summary>
    public readonly double Compute()
    {
        double wrong = 0, all = 0;
        foreach (var label in Counts.Compute())
        {
            wrong += label.FalsePositives + label.FalseNegatives;
            all += label.TruePositives + label.FalsePositives + label.TrueNegatives + label.FalseNegatives;
        }

        return wrong / all;
    }
}
