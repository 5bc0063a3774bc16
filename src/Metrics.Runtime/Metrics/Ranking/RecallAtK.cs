namespace Metrics;

/// <summary>
/// Recall@k, as flax-metrics' <c>RecallAtK</c>: per query, the relevant items (label &gt; 0) among the top k over the
/// relevant items of the whole row; 0 for a query with no relevant item.
/// Batches are <c>[queries, items]</c> label (relevance) and score rows; mask and weights are per query, and the
/// value is the (weighted) macro average over queries. Ranking conventions (trec_eval, flax-metrics): see
/// <see cref="RankingQuery"/>; the top k are selected without sorting the row (<see cref="TopK"/>). NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct RecallAtK : IScoredRowsMetric<RecallAtK>
{
    /// <summary>The cut-off k (required, at least 1).</summary>
    [Parameter(Min = 1)] public int K { get; init; }

    /// <summary>The (weighted) sum of per-query values.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of queries.</summary>
    [Sum] public double Count;

    private static RecallAtK Update<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> scores, int k)
        where T : INumber<T> =>
        new() { Total = RankingQuery.Evaluate(labels, scores, k, RankingMeasure.Recall), Count = 1 };

    /// <summary>The mean recall at k, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Total, Count);
}
