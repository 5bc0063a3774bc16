using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Metrics.Serialization.Worker;

namespace Metrics.Serialization.Tests.CrossProcess;

/// <summary>
/// Collections (built from configuration files, with shared statistics) leave their process: an evaluation
/// checkpointed in one process and resumed in another, and shards evaluated in three processes merged in a fourth,
/// give the bytes and values of the same work done in this process.
/// </summary>
public sealed class CollectionCrossProcessTests : IDisposable
{
    private const int Shards = 3;
    private readonly string _directory = Directory.CreateTempSubdirectory("metrics-collection-cross-process-").FullName;

    [Fact]
    public void ACollectionCheckpointedAndResumedInANewProcessEqualsTheUninterruptedRun()
    {
        WorkerProcess.Run("collection-checkpoint", _directory);
        WorkerProcess.Run("collection-resume", _directory);

        foreach (var entry in CollectionCatalog.All)
        {
            var uninterrupted = entry.Run(0, 0, 6, null);
            Assert.True(uninterrupted.AsSpan().SequenceEqual(File.ReadAllBytes(PathOf(entry, "resumed.bin"))), $"{entry.Name}: the resumed collection state differs");
            Assert.Equal(CollectionEntry.Values(uninterrupted), File.ReadAllText(PathOf(entry, "resumed.txt")));
            Assert.Equal(entry.Create().Names.Count, File.ReadAllText(PathOf(entry, "resumed.txt")).Split('\n').Length);
        }
    }

    [Fact]
    public void CollectionShardsFromThreeProcessesMergeInAFourthExactlyAsInOne()
    {
        for (var shard = 0; shard < Shards; shard++)
        {
            WorkerProcess.Run("collection-shard", shard.ToString(CultureInfo.InvariantCulture), _directory);
        }

        WorkerProcess.Run("collection-merge", Shards.ToString(CultureInfo.InvariantCulture), _directory);

        foreach (var entry in CollectionCatalog.All)
        {
            var shards = Enumerable.Range(0, Shards).Select(s => entry.Run(s, 0, 3, null)).ToList();
            for (var s = 0; s < Shards; s++)
            {
                Assert.True(shards[s].AsSpan().SequenceEqual(File.ReadAllBytes(PathOf(entry, $"shard{s}.bin"))), $"{entry.Name}: shard {s} wrote other bytes in its own process");
            }

            var merged = CollectionEntry.Merge(shards);
            Assert.True(merged.AsSpan().SequenceEqual(File.ReadAllBytes(PathOf(entry, "merged.bin"))), $"{entry.Name}: the merged collection state differs");
            Assert.Equal(CollectionEntry.Values(merged), File.ReadAllText(PathOf(entry, "merged.txt")));

            // The same merge on the live collections, never serialized, gives the same state.
            var live = entry.Create();
            for (var s = 0; s < Shards; s++)
            {
                var part = entry.Create();
                for (var batch = 0; batch < 3; batch++)
                {
                    entry.Feed(part, s, batch);
                }

                if (s == 0)
                {
                    live = part;
                }
                else
                {
                    live.Merge(part);
                }
            }

            Assert.Equal(merged, MetricCollectionState.ToBytes(live));
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string PathOf(CollectionEntry entry, string suffix) => Path.Combine(_directory, $"collection.{entry.Name}.{suffix}");
}
