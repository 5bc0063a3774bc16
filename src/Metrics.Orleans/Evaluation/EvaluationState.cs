using System.Collections.Generic;

namespace Metrics.Orleans.Evaluation;

/// <summary>
/// An evaluation grain's persisted record. It keeps the ids and rows of the accepted shards, not their states: each
/// accepted state is a <see cref="ShardStateRecord"/> of its own in the same storage, written once, so this record
/// stays small and is rewritten cheaply at each accept.
/// </summary>
[GenerateSerializer]
[Alias("Metrics.Orleans.EvaluationState")]
public sealed class EvaluationState
{
    /// <summary>Where the evaluation is.</summary>
    [Id(0)]
    public EvaluationStatus Status { get; set; }

    /// <summary>The request, once started (shards replaced by a resume included).</summary>
    [Id(1)]
    public EvaluationRequest? Request { get; set; }

    /// <summary>The current description of each shard, in merge order.</summary>
    [Id(2)]
    public List<Shard> Shards { get; set; } = [];

    /// <summary>
    /// The rows of each accepted shard, by shard id: the exactly-once record. A shard is in it only once its
    /// <see cref="ShardStateRecord"/> is stored.
    /// </summary>
    [Id(4)]
    public Dictionary<string, long> Rows { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Why the evaluation failed, while it is failed.</summary>
    [Id(5)]
    public ShardFailure? Failure { get; set; }

    /// <summary>The merged collection state, once completed: <see cref="MetricCollectionState"/> bytes, packed when <see cref="ResultPacked"/>.</summary>
    [Id(6)]
    public byte[]? Result { get; set; }

    /// <summary>Whether <see cref="Result"/> is packed (<see cref="Serialization.PackedState"/>); records of earlier builds hold it as it is.</summary>
    [Id(8)]
    public bool ResultPacked { get; set; }

    /// <summary>The attempts at shards that were retried (a timeout, a dead silo).</summary>
    [Id(7)]
    public int Retries { get; set; }
}
