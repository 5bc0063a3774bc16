namespace Metrics;

/// <summary>
/// Retrieval precision@k, as TorchMetrics' <c>RetrievalPrecision</c>: per query, the relevant items (relevance &gt; 0) in the
/// top k over k (over the query's items when <see cref="AdaptiveK"/> and k exceeds them; k is every item without
/// <see cref="TopK"/>); then the mean over queries.
/// Elements are items: the query id (TorchMetrics' <c>indexes</c>) as the label and a (score, relevance) row
/// (<c>columns: 2</c>, <see cref="RetrievalItems.Rows"/>); the statistics are <see cref="RetrievalItems"/>', shared with
/// the other retrieval metrics. Ties, weights and ranks: see <see cref="RetrievalItems"/> and
/// <c>docs/metrics.md</c>. NaN without any counted query (TorchMetrics: 0).
/// </summary>
[Metric(Name = "retrieval_precision")]
[HigherIsBetter]
public partial record struct RetrievalPrecision
{
    /// <summary>The cut-off k (at least 1), or null (the default) for every item of the query (TorchMetrics' <c>top_k</c>).</summary>
    [Parameter(Min = 1)] public int? TopK { get; init; } = null;

    /// <summary>Whether k is lowered to the query's number of items when it exceeds them (TorchMetrics' <c>adaptive_k</c>; default false).</summary>
    [Parameter] public bool AdaptiveK { get; init; } = false;

    /// <summary>A relevance value whose items are left out of their query (TorchMetrics' <c>ignore_index</c>), or null (the default).</summary>
    [Parameter] public int? IgnoreIndex { get; init; } = null;

    /// <summary>The value of a query with no relevant item (TorchMetrics' <c>empty_target_action</c>; default <see cref="EmptyTargetAction.Neg"/>).</summary>
    [Parameter] public EmptyTargetAction EmptyTargetAction { get; init; } = EmptyTargetAction.Neg;

    /// <summary>The kept items, shared by the retrieval metrics.</summary>
    [Statistics] public RetrievalItems Items;

    /// <summary>The mean precision at k over queries, or NaN without any counted query.</summary>
    /// <exception cref="System.InvalidOperationException">A query is empty and <see cref="EmptyTargetAction"/> is <see cref="EmptyTargetAction.Error"/>.</exception>
    public readonly double Compute() =>
        RetrievalRanking.Mean(Items.Items, RetrievalMeasure.Precision, TopK, IgnoreIndex, EmptyTargetAction, AdaptiveK);
}
