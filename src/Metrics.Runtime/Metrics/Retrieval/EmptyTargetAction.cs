namespace Metrics;

/// <summary>
/// What a retrieval metric does with a query that has no relevant item (for <see cref="RetrievalFallOut"/>: no
/// non-relevant item), as TorchMetrics' <c>empty_target_action</c>.
/// </summary>
public enum EmptyTargetAction
{
    /// <summary>The query scores 0 (TorchMetrics' <c>"neg"</c>, its default except for fall-out).</summary>
    Neg = 0,

    /// <summary>The query scores 1 (TorchMetrics' <c>"pos"</c>, its default for fall-out).</summary>
    Pos = 1,

    /// <summary>The query is left out of the mean (TorchMetrics' <c>"skip"</c>).</summary>
    Skip = 2,

    /// <summary>Computing the value throws an <see cref="System.InvalidOperationException"/> naming the query (TorchMetrics' <c>"error"</c>).</summary>
    Error = 3,
}
