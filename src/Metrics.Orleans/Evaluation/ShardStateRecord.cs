namespace Metrics.Orleans.Evaluation;

/// <summary>
/// The stored record of one accepted shard: its collection state as packed <see cref="MetricCollectionState"/> bytes (so
/// a storage provider needs no metric codec, a mostly empty histogram is stored small, and the state reads back bit for
/// bit) and its rows. Each shard has a record
/// of its own, written once, beside the evaluation's record, which keeps only the accepted shards' ids.
/// </summary>
[GenerateSerializer]
[Alias("Metrics.Orleans.ShardStateRecord")]
public sealed class ShardStateRecord
{
    /// <summary>The shard's collection state, as <see cref="MetricCollectionState"/> bytes, packed when <see cref="Packed"/>.</summary>
    [Id(0)]
    public byte[] State { get; set; } = [];

    /// <summary>The rows the shard read.</summary>
    [Id(1)]
    public long Rows { get; set; }

    /// <summary>Whether <see cref="State"/> is packed (<see cref="Serialization.PackedState"/>); records of earlier builds hold it as it is.</summary>
    [Id(2)]
    public bool Packed { get; set; }
}
