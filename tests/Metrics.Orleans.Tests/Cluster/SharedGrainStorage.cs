using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Tasks;
using Orleans;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Metrics.Orleans.Tests.Cluster;

/// <summary>
/// Grain storage that outlives any silo of the in-process test cluster, as a database does: states are kept as
/// Orleans-serialized bytes in one dictionary of the test process, with etags checked on write. (Orleans' memory
/// storage keeps states in grains, which die with their silo.)
/// </summary>
public sealed class SharedGrainStorage(Serializer serializer) : IGrainStorage
{
    private static readonly ConcurrentDictionary<string, (byte[] Bytes, long Version)> Stored = new();

    /// <inheritdoc/>
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (Stored.TryGetValue(Key(stateName, grainId), out var stored))
        {
            grainState.State = serializer.Deserialize<T>(stored.Bytes);
            grainState.ETag = stored.Version.ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = Key(stateName, grainId);
        await WriteHold.WaitFor(key).ConfigureAwait(false);

        var bytes = serializer.SerializeToArray(grainState.State);
        lock (Stored)
        {
            var version = Stored.TryGetValue(key, out var stored) ? stored.Version : 0;
            if (grainState.ETag != (version == 0 ? null : version.ToString(CultureInfo.InvariantCulture)))
            {
                throw new InconsistentStateException($"Version {version} is stored; the grain wrote over {grainState.ETag ?? "none"}.");
            }

            Stored[key] = (bytes, version + 1);
            grainState.ETag = (version + 1).ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }
    }

    /// <inheritdoc/>
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Stored.TryRemove(Key(stateName, grainId), out _);
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private static string Key(string stateName, GrainId grainId) => $"{stateName}/{grainId}";
}
