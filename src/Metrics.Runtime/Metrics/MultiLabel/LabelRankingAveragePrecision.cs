namespace Metrics;

/// <summary>
/// Label ranking average precision of multi-label data, as scikit-learn's <c>label_ranking_average_precision_score</c>:
/// for each relevant label of a row, the fraction of the labels scored at least as high that are relevant, averaged
/// over the row's relevant labels, then (weighted) over rows; a row with no or only relevant labels scores 1. Each
/// element is a row of 0/1 labels and a row of scores. Its state also holds the sums of <see cref="CoverageError"/>
/// and <see cref="LabelRankingLoss"/>, which are derived from it. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct LabelRankingAveragePrecision
{
    /// <summary>The (weighted) sum of the rows' average precisions.</summary>
    [Sum] public double AveragePrecision;

    /// <summary>The (weighted) sum of the rows' coverages.</summary>
    [Sum] public double Coverage;

    /// <summary>The (weighted) sum of the rows' ranking losses.</summary>
    [Sum] public double Loss;

    /// <summary>The (weighted) number of rows.</summary>
    [Sum] public double Count;

    private static LabelRankingAveragePrecision Update<T>([ClassIndex(2)] ReadOnlySpan<int> labels, [NotNaN] ReadOnlySpan<T> scores)
        where T : INumber<T>
    {
        var ranking = LabelRanking.Of(labels, scores);
        return new() { AveragePrecision = ranking.AveragePrecision, Coverage = ranking.Coverage, Loss = ranking.Loss, Count = 1 };
    }

    /// <summary>The label ranking average precision.</summary>
    public readonly double Compute() => AveragePrecision / Count;
}
