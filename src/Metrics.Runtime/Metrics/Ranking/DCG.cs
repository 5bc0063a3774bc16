namespace Metrics;

/// <summary>
/// Discounted cumulative gain, as scikit-learn's <c>dcg_score</c> on untied scores: per query, Σ over the top k of the
/// label (a linear gain) over log2(rank + 1).
/// Batches are <c>[queries, items]</c> label (relevance) and score rows; mask and weights are per query, and the
/// value is the (weighted) macro average over queries. Ranking conventions (trec_eval, flax-metrics): see
/// <see cref="RankingQuery"/>; the top k are selected without sorting the row (<see cref="TopK"/>). NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct DCG
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

    private static DCG Update<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> scores, int k, bool averageTies)
        where T : INumber<T> =>
        new()
        {
            Total = averageTies ? RankingQuery.TieAveragedDcg(labels, scores, k) : RankingQuery.Evaluate(labels, scores, k, RankingMeasure.Dcg),
            Count = 1,
        };

    /// <summary>The mean DCG, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Total, Count);
}
