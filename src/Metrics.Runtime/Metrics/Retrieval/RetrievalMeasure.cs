namespace Metrics;

/// <summary>A per-query retrieval measure of <see cref="RetrievalRanking"/>.</summary>
internal enum RetrievalMeasure
{
    AveragePrecision,
    ReciprocalRank,
    Precision,
    Recall,
    NormalizedDcg,
    HitRate,
    RPrecision,
    FallOut,
}
