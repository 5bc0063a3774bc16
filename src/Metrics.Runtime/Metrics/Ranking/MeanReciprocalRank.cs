namespace Metrics;

/// <summary>
/// Mean reciprocal rank, as flax-metrics' <c>MeanReciprocalRank</c>: per query, 1 / the rank (from 1) of the first
/// relevant item (label &gt; 0) within the top k; 0 when there is none.
/// Batches are <c>[queries, items]</c> label (relevance) and score rows; mask and weights are per query, and the
/// value is the (weighted) macro average over queries. Ranking conventions (trec_eval, flax-metrics): see
/// <see cref="RankingQuery"/>; the top k are selected without sorting the row (<see cref="TopK"/>). NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct MeanReciprocalRank : IScoredRowsMetric<MeanReciprocalRank>
{
    /// <summary>The cut-off k (at least 1); the default, <see cref="int.MaxValue"/>, ranks the whole row.</summary>
    [Parameter(Min = 1)] public int K { get; init; } = int.MaxValue;

    /// <summary>The (weighted) sum of per-query values.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of queries.</summary>
    [Sum] public double Count;

    private static MeanReciprocalRank Update<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> scores, int k)
        where T : INumber<T> =>
        new() { Total = RankingQuery.Evaluate(labels, scores, k, RankingMeasure.ReciprocalRank), Count = 1 };

    /// <summary>The mean reciprocal rank, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Total, Count);
}
