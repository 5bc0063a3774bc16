namespace Metrics;

/// <summary>
/// Label ranking loss of multi-label data, as scikit-learn's <c>label_ranking_loss</c>: the fraction of (relevant,
/// irrelevant) label pairs of a row ordered wrong (the irrelevant one scored at least as high), 0 for a row with no or
/// only relevant labels, averaged (weighted) over rows. Inputs and state are <see cref="LabelRankingAveragePrecision"/>'s.
/// NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct LabelRankingLoss
{
    /// <summary>The row sums of the label ranking metrics.</summary>
    [Statistics] public LabelRankingAveragePrecision Ranking;

    /// <summary>The label ranking loss.</summary>
    public readonly double Compute() => Ranking.Loss / Ranking.Count;
}
