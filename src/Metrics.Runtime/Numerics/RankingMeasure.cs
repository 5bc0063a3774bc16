namespace Metrics.Numerics;

/// <summary>A per-query ranking measure (trec_eval conventions, flax-metrics' ranking module).</summary>
public enum RankingMeasure
{
    /// <summary>Relevant items among the top k, over the declared k.</summary>
    Precision,

    /// <summary>Relevant items among the top k, over the relevant items of the row.</summary>
    Recall,

    /// <summary>1 / the rank of the first relevant item within the top k.</summary>
    ReciprocalRank,

    /// <summary>Σ precision at each relevant rank within the top k, over the relevant items of the row.</summary>
    AveragePrecision,

    /// <summary>Discounted cumulative gain with linear gains and log2(rank + 1) discounts.</summary>
    Dcg,

    /// <summary>DCG over the DCG of the ideal ordering of the row's labels.</summary>
    Ndcg,
}
