namespace Metrics.Orleans.Evaluation;

/// <summary>
/// What a worker grain hands back for a shard: its collection state packed (<see cref="Serialization.PackedState"/> of
/// <see cref="MetricCollectionState"/> bytes, as the shard's record stores it), or why it failed. Immutable: the
/// worker keeps no reference, so a call within one silo passes it without a copy.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("Metrics.Orleans.ShardOutcome")]
internal sealed class ShardOutcome
{
    /// <summary>The collection state, packed; null when the shard failed.</summary>
    [Id(0)]
    public byte[]? PackedState { get; init; }

    /// <summary>The rows read (masked-out rows included).</summary>
    [Id(1)]
    public long Rows { get; init; }

    /// <summary>Why the shard failed, or null.</summary>
    [Id(2)]
    public ShardFailure? Failure { get; init; }
}
