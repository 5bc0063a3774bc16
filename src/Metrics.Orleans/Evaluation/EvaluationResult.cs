namespace Metrics.Orleans.Evaluation;

/// <summary>A completed evaluation: the shards' states merged pairwise by shard index, then pairs of pairs.</summary>
[GenerateSerializer]
[Alias("Metrics.Orleans.EvaluationResult")]
public sealed class EvaluationResult
{
    /// <summary>The merged collection; <see cref="MetricCollection.Compute()"/> gives the values.</summary>
    [Id(0)]
    public required MetricCollection Collection { get; init; }

    /// <summary>The rows of every shard.</summary>
    [Id(1)]
    public long Rows { get; init; }

    /// <summary>The shards merged.</summary>
    [Id(2)]
    public int Shards { get; init; }
}
