namespace Metrics.Orleans.Evaluation;

/// <summary>What a worker hands back for a shard: its collection state and row count, or why it failed.</summary>
[GenerateSerializer]
[Alias("Metrics.Orleans.ShardResult")]
public sealed class ShardResult
{
    /// <summary>The shard's id.</summary>
    [Id(0)]
    public required string ShardId { get; init; }

    /// <summary>The collection updated with the shard's rows; null when the shard failed.</summary>
    [Id(1)]
    public MetricCollection? State { get; init; }

    /// <summary>The rows read (masked-out rows included).</summary>
    [Id(2)]
    public long Rows { get; init; }

    /// <summary>Why the shard failed, or null.</summary>
    [Id(3)]
    public ShardFailure? Failure { get; init; }
}
