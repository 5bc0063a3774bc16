namespace Metrics;

/// <summary>
/// Retrieval mean average precision, as TorchMetrics' <c>RetrievalMAP</c>: per query, the precision at each relevant item
/// (relevance &gt; 0) retrieved in the top k, averaged over those items (0 when none is retrieved); then the mean over queries.
/// Elements are items: the query id (TorchMetrics' <c>indexes</c>) as the label and a (score, relevance) row
/// (<c>columns: 2</c>, <see cref="RetrievalItems.Rows"/>); the statistics are <see cref="RetrievalItems"/>', shared with
/// the other retrieval metrics. Ties, weights and ranks: see <see cref="RetrievalItems"/> and
/// <c>docs/metrics.md</c>. NaN without any counted query (TorchMetrics: 0).
/// </summary>
[Metric(Name = "retrieval_map")]
[HigherIsBetter]
public partial record struct RetrievalMAP
{
    /// <summary>The cut-off k (at least 1), or null (the default) for every item of the query (TorchMetrics' <c>top_k</c>).</summary>
    [Parameter(Min = 1)] public int? TopK { get; init; } = null;

    /// <summary>A relevance value whose items are left out of their query (TorchMetrics' <c>ignore_index</c>), or null (the default).</summary>
    [Parameter] public int? IgnoreIndex { get; init; } = null;

    /// <summary>The value of a query with no relevant item (TorchMetrics' <c>empty_target_action</c>; default <see cref="EmptyTargetAction.Neg"/>).</summary>
    [Parameter] public EmptyTargetAction EmptyTargetAction { get; init; } = EmptyTargetAction.Neg;

    /// <summary>The kept items, shared by the retrieval metrics.</summary>
    [Statistics] public RetrievalItems Items;

    /// <summary>The mean average precision over queries, or NaN without any counted query.</summary>
    /// <exception cref="System.InvalidOperationException">A query is empty and <see cref="EmptyTargetAction"/> is <see cref="EmptyTargetAction.Error"/>.</exception>
    public readonly double Compute() =>
        RetrievalRanking.Mean(Items.Items, RetrievalMeasure.AveragePrecision, TopK, IgnoreIndex, EmptyTargetAction);
}
