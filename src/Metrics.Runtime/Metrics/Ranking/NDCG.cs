namespace Metrics;

/// <summary>
/// Normalised discounted cumulative gain, as flax-metrics' <c>NDCG</c> and scikit-learn's <c>ndcg_score</c> on untied scores:
/// per query, DCG@k over the DCG@k of the row's labels in ideal order, with <b>linear</b> gains (the label itself) and
/// discounts 1/log2(rank + 1); 0 when the ideal DCG is not positive.
/// Batches are <c>[queries, items]</c> label (relevance) and score rows; mask and weights are per query, and the
/// value is the (weighted) macro average over queries. Ranking conventions (trec_eval, flax-metrics): see
/// <see cref="RankingQuery"/>; the top k are selected without sorting the row (<see cref="TopK"/>). NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct NDCG : IScoredRowsMetric<NDCG>
{
    /// <summary>The cut-off k (at least 1); the default, <see cref="int.MaxValue"/>, ranks the whole row.</summary>
    [Parameter(Min = 1)] public int K { get; init; } = int.MaxValue;

    /// <summary>
    /// Whether tied scores share their group's average discount, as scikit-learn's <c>ignore_ties=False</c> (also
    /// across the k boundary: see <see cref="RankingQuery.TieAveragedDcg{T}"/>); default false, ties rank the lower
    /// index first.
    /// </summary>
    [Parameter] public bool AverageTies { get; init; } = false;

    /// <summary>The (weighted) sum of per-query values.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of queries.</summary>
    [Sum] public double Count;

    private static NDCG Update<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> scores, int k, bool averageTies)
        where T : INumber<T> =>
        new()
        {
            Total = averageTies ? RankingQuery.TieAveragedNdcg(labels, scores, k) : RankingQuery.Evaluate(labels, scores, k, RankingMeasure.Ndcg),
            Count = 1,
        };

    /// <summary>The mean NDCG, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Total, Count);
}
