using System.Threading.Tasks;
using Metrics.Orleans.Serialization;
using Orleans.Runtime;
using Orleans.Storage;

namespace Metrics.Orleans.Evaluation;

/// <summary>
/// The shards' records of one evaluation in its grain storage: state name <c>{StateName}.shard</c>, keyed by the
/// evaluation's grain type and <c>{evaluation id}/{shard id}</c>. One record a shard, written once, so accepting S
/// shards writes each state once instead of rewriting every state accepted so far at each accept (O(S) bytes, not O(S²)).
/// </summary>
internal sealed class ShardStateStore(IGrainStorage storage, string stateName, GrainId evaluation)
{
    private readonly string _stateName = stateName + ".shard";

    /// <summary>Writes a shard's record (its state packed), over any record an earlier activation wrote but never recorded as accepted.</summary>
    public async Task WriteAsync(string shardId, byte[] packed, long rows)
    {
        var record = new GrainState<ShardStateRecord>(new ShardStateRecord { State = packed, Rows = rows, Packed = true });
        try
        {
            await storage.WriteStateAsync(_stateName, Key(shardId), record).ConfigureAwait(true);
        }
        catch (InconsistentStateException)
        {
            // A record is there already (an earlier activation stopped between its shard write and its own record's
            // write): it was never counted, so this one replaces it.
            var stored = new GrainState<ShardStateRecord>();
            await storage.ReadStateAsync(_stateName, Key(shardId), stored).ConfigureAwait(true);
            record.ETag = stored.ETag;
            record.RecordExists = stored.RecordExists;
            await storage.WriteStateAsync(_stateName, Key(shardId), record).ConfigureAwait(true);
        }
    }

    /// <summary>Reads the state of a shard recorded as accepted, as <see cref="MetricCollectionState"/> bytes.</summary>
    public async Task<byte[]> ReadAsync(string shardId)
    {
        var stored = new GrainState<ShardStateRecord>();
        await storage.ReadStateAsync(_stateName, Key(shardId), stored).ConfigureAwait(true);
        return stored is { RecordExists: true, State.State: { Length: > 0 } bytes }
            ? stored.State.Packed ? PackedState.Unpack(bytes) : bytes
            : throw new InvalidOperationException(
                $"The record of accepted shard '{shardId}' of evaluation '{evaluation.Key}' is missing from grain storage (state '{_stateName}').");
    }

    private GrainId Key(string shardId) => GrainId.Create(evaluation.Type, $"{evaluation.Key}/{shardId}");
}
