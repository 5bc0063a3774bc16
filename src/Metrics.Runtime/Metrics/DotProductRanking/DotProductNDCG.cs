namespace Metrics;

/// <summary>
/// <see cref="NDCG"/> on scores computed as dot products, as flax-metrics' <c>DotProductNDCG</c>: each query sees the candidates
/// <c>indices[q, :]</c> of the shared <c>keys</c>, scored <c>query[q] · keys[indices[q, s]]</c> one query row at a time
/// (no score matrix). Labels are the relevance of the sampled items in the order of <c>indices</c>, so the measure is
/// taken within each query's sample; duplicates are kept. Mask and weights are per query. The state, merge and value
/// are those of <see cref="NDCG"/>, and so are the saved parameters and state.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct DotProductNDCG
{
    /// <summary>The cut-off k (at least 1); the default, <see cref="int.MaxValue"/>, ranks the whole row.</summary>
    [Parameter(Min = 1)] public int K { get; init; } = int.MaxValue;

    /// <summary>Whether tied scores share their group's average discount, as <see cref="NDCG.AverageTies"/>.</summary>
    [Parameter] public bool AverageTies { get; init; } = false;

    /// <summary>The ranking metric fed each scored query, holding the state.</summary>
    [Statistics, SharedKeys] public NDCG Ranking;

    /// <summary>The value of <see cref="Ranking"/>.</summary>
    public readonly double Compute() => Ranking.Compute();
}
