using System;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Orleans;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Metrics.Orleans.SiloHost;

/// <summary>
/// Grain storage in a folder that the silo processes on one machine share, standing in for a database: one file per
/// record (named by the SHA-256 of <c>{state name}/{grain id}</c>), holding a version and the Orleans-serialized state;
/// the version is the etag, checked on write; a write goes to a temporary file that replaces the record at once.
/// Only one activation of a grain writes its record, so the processes need no lock between them.
/// </summary>
internal sealed class FileGrainStorage(Serializer serializer, string folder) : IGrainStorage
{
    /// <inheritdoc/>
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathOf(stateName, grainId);
        if (!File.Exists(path))
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        var bytes = await File.ReadAllBytesAsync(path).ConfigureAwait(false);
        grainState.State = serializer.Deserialize<T>(bytes.AsMemory(sizeof(long)));
        grainState.ETag = BinaryPrimitives.ReadInt64LittleEndian(bytes).ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    /// <inheritdoc/>
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathOf(stateName, grainId);
        var version = await StoredVersion(path).ConfigureAwait(false);
        if (grainState.ETag != (version == 0 ? null : version.ToString(CultureInfo.InvariantCulture)))
        {
            throw new InconsistentStateException($"Version {version} of '{stateName}/{grainId}' is stored; the grain wrote over {grainState.ETag ?? "none"}.");
        }

        var state = serializer.SerializeToArray(grainState.State);
        var record = new byte[sizeof(long) + state.Length];
        BinaryPrimitives.WriteInt64LittleEndian(record, version + 1);
        state.CopyTo(record, sizeof(long));
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, record).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
        grainState.ETag = (version + 1).ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    /// <inheritdoc/>
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        File.Delete(PathOf(stateName, grainId));
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private static async Task<long> StoredVersion(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        var header = new byte[sizeof(long)];
        await using var stream = File.OpenRead(path);
        await stream.ReadExactlyAsync(header).ConfigureAwait(false);
        return BinaryPrimitives.ReadInt64LittleEndian(header);
    }

    private string PathOf(string stateName, GrainId grainId) =>
        Path.Combine(folder, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{stateName}/{grainId}"))));
}
