using System;
using System.IO;
using System.Linq;
using Metrics.Serialization.Worker;

namespace Metrics.Serialization.Tests.CrossProcess;

/// <summary>
/// The test that matters for sharded evaluation: shards evaluated in separate processes write their states, a fresh
/// process reads and merges them, and the result is what one process gets: the same bytes, the same value to the bit.
/// Every built-in and the runtime tests' custom metrics (the worker's catalog) take part.
/// </summary>
public sealed class CrossProcessMergeTests : IDisposable
{
    private const int Shards = 3;
    private readonly string _directory = Directory.CreateTempSubdirectory("metrics-cross-process-").FullName;

    [Fact]
    public void ShardsWrittenInOtherProcessesMergeInAFreshProcessExactlyAsInOne()
    {
        for (var shard = 0; shard < Shards; shard++)
        {
            WorkerProcess.Run("shard", shard.ToString(System.Globalization.CultureInfo.InvariantCulture), _directory);
        }

        WorkerProcess.Run("merge", Shards.ToString(System.Globalization.CultureInfo.InvariantCulture), _directory);

        Assert.True(Catalog.All.Count >= 90, $"the catalog has {Catalog.All.Count} entries");
        foreach (var entry in Catalog.All)
        {
            var shards = Enumerable.Range(0, Shards).Select(s => entry.Run(s, 0, 3, null)).ToList();
            for (var s = 0; s < Shards; s++)
            {
                Assert.True(shards[s].AsSpan().SequenceEqual(File.ReadAllBytes(PathOf(entry, $"shard{s}.bin"))), $"{entry.Name}: shard {s} wrote other bytes in its own process");
            }

            var merged = entry.Merge(shards);
            Assert.True(merged.AsSpan().SequenceEqual(File.ReadAllBytes(PathOf(entry, "merged.bin"))), $"{entry.Name}: the merged state differs");
            Assert.Equal(entry.Value(merged), File.ReadAllText(PathOf(entry, "merged.txt")));
        }
    }

    [Fact]
    public void AnEvaluationStoppedHalfwayAndResumedInANewProcessEqualsTheUninterruptedRun()
    {
        WorkerProcess.Run("checkpoint", _directory);
        WorkerProcess.Run("resume", _directory);

        foreach (var entry in Catalog.All)
        {
            var uninterrupted = entry.Run(0, 0, 6, null);
            Assert.True(uninterrupted.AsSpan().SequenceEqual(File.ReadAllBytes(PathOf(entry, "resumed.bin"))), $"{entry.Name}: the resumed state differs");
            Assert.Equal(entry.Value(uninterrupted), File.ReadAllText(PathOf(entry, "resumed.txt")));
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string PathOf(ICatalogEntry entry, string suffix) => Path.Combine(_directory, $"{entry.Name}.{suffix}");
}
