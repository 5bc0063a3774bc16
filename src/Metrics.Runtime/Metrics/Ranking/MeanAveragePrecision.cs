namespace Metrics;

/// <summary>
/// Mean average precision, as flax-metrics' <c>MeanAveragePrecision</c> (trec_eval's AP@k): per query, the sum of the
/// precisions at the ranks (within the top k) of relevant items (label &gt; 0), over the relevant items of the whole row
/// (not min(k, R)); 0 for a query with no relevant item.
/// Batches are <c>[queries, items]</c> label (relevance) and score rows; mask and weights are per query, and the
/// value is the (weighted) macro average over queries. Ranking conventions (trec_eval, flax-metrics): see
/// <see cref="RankingQuery"/>; the top k are selected without sorting the row (<see cref="TopK"/>). NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct MeanAveragePrecision : IScoredRowsMetric<MeanAveragePrecision>
{
    /// <summary>The cut-off k (at least 1); the default, <see cref="int.MaxValue"/>, ranks the whole row.</summary>
    [Parameter(Min = 1)] public int K { get; init; } = int.MaxValue;

    /// <summary>The (weighted) sum of per-query values.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of queries.</summary>
    [Sum] public double Count;

    private static MeanAveragePrecision Update<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> scores, int k)
        where T : INumber<T> =>
        new() { Total = RankingQuery.Evaluate(labels, scores, k, RankingMeasure.AveragePrecision), Count = 1 };

    /// <summary>The mean average precision, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Total, Count);
}
