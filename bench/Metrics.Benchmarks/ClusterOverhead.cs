using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Metrics.Orleans.Evaluation;
using Metrics.Orleans.Sample;
using Metrics.Orleans.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace Metrics.Benchmarks;

/// <summary>
/// The cluster group (<c>--only cluster</c>): 10M generated rows in 16 shards evaluated by a 3-silo localhost cluster
/// (memory grain storage, TCP between silos) against the same shards in this process, sequentially and on every
/// core; and the state shipping and merging measured alone. Stopwatch, best of 3 after a warm-up.
/// </summary>
internal static class ClusterOverhead
{
    private const long Rows = 10_000_000;
    private const int ShardCount = 16;
    private const int Repeats = 3;

    private static readonly string[] Counts = ["precision", "recall", "f1_score", "mse", "bce", "brier_score_loss"];

    public static async Task<string> RunAsync()
    {
        var shards = Enumerable.Range(0, ShardCount)
            .Select(i => Shard.FromSource($"s{i:D2}", ClusterRows.Name, ClusterRows.Argument(i * (Rows / ShardCount), Rows / ShardCount)))
            .ToArray();
        (string Name, CollectionConfig Config)[] collections =
        [
            ("counts and sums: " + string.Join(", ", Counts), new MetricCollection(Counts).GetConfig()),
            ("the same and histogram_roc_auc (16 bits: a 1 MiB state per shard)", new MetricCollection([.. Counts, "histogram_roc_auc"]).GetConfig()),
        ];

        var loadBefore = File.ReadAllText("/proc/loadavg").Trim();
        await using var cluster = await LocalCluster.StartAsync(3, silo => silo.Services.AddKeyedSingleton<IShardSource, ClusterRows>(ClusterRows.Name));
        using var services = new ServiceCollection().AddSerializer(s => s.AddMetrics()).BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        // The silos' own storage serializer (Orleans' default is JSON), as memory grain storage uses it at each write.
        var storageSerializer = cluster.Client.ServiceProvider.GetRequiredService<IGrainStorageSerializer>();

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{Rows:N0} generated rows in {ShardCount} shards; 3 silos on localhost in one process ({Environment.ProcessorCount} cores), memory grain storage, TCP between silos. Best of {Repeats} after a warm-up.");
        report.AppendLine();
        report.AppendLine("| Collection | One process, sequential s | One process, parallel s | Cluster s | Cluster / sequential | Cluster / parallel | Shipping + merging ms (codec / storage writes / merge) | Share of cluster time | Bits |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var (name, config) in collections)
        {
            var sequential = Best(() => Sequential(config, shards), out var expected);
            var parallel = Best(() => Parallel(config, shards), out _);
            var clusterTime = TimeSpan.MaxValue;
            var same = true;
            for (var run = 0; run <= Repeats; run++)
            {
                var watch = Stopwatch.StartNew();
                var evaluation = cluster.Client.GetGrain<IEvaluationGrain>(Guid.NewGuid().ToString("N"));
                await evaluation.StartAsync(new EvaluationRequest(config, shards));
                var result = await evaluation.WaitForResultAsync(TimeSpan.FromSeconds(1));
                watch.Stop();
                same &= MetricCollectionState.ToBytes(result.Collection).AsSpan().SequenceEqual(MetricCollectionState.ToBytes(expected));
                clusterTime = run == 0 ? clusterTime : Min(clusterTime, watch.Elapsed);
            }

            var parts = shards.Select(s => Evaluate(config, s)).ToArray();
            // The split of the fastest of the repeats, so that its parts add up to the total shown.
            var shipping = TimeSpan.MaxValue;
            var split = LastSplit;
            for (var i = 0; i <= Repeats; i++)
            {
                ShipAndMerge(serializer, storageSerializer, parts);
                var total = LastSplit.Codec + LastSplit.Storage + LastSplit.Merge;
                if (i > 0 && total < shipping)
                {
                    (shipping, split) = (total, LastSplit);
                }
            }

            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {sequential.TotalSeconds:F2} | {parallel.TotalSeconds:F2} | {clusterTime.TotalSeconds:F2} | {clusterTime / sequential:F2}× | {clusterTime / parallel:F2}× | {shipping.TotalMilliseconds:F1} ({split.Codec.TotalMilliseconds:F1} / {split.Storage.TotalMilliseconds:F1} / {split.Merge.TotalMilliseconds:F1}) | {shipping / clusterTime:P1} | {(same ? "cluster = one process" : "DIFFER")} |");
            Console.WriteLine(report.ToString().Split('\n')[^2]);
        }

        var loadAfter = File.ReadAllText("/proc/loadavg").Trim();
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Load average (1, 5, 15 min; /proc/loadavg) before: {loadBefore}; after: {loadAfter}.");
        report.AppendLine();
        report.AppendLine("Shipping + merging, measured alone in this process on the 16 shard states, each step where the cluster runs it: "
            + "on every core at once, as the workers do, each state's `MetricCollectionState` bytes packed (`PackedState`: runs of zeros left out) "
            + "and the packed bytes through the Orleans serializer; then one shard at a time, as on the evaluation grain's single scheduler, the "
            + "bytes read back into a collection (codec; the grain reads them on the thread pool side by side, so this is its most), the silos' grain storage serializer run on the shard's own record and on the "
            + "evaluation's record of accepted ids and rows (storage writes; the grain writes shard records side by side and the evaluation's "
            + "record once for the shards stored meanwhile, so this counts its most writes), and the 16 states merged in the shard-order tree "
            + "and the result packed (merge; the grain merges as the shards are recorded, so most of it overlaps the workers). The cluster time "
            + "is from `StartAsync` to `WaitForResultAsync` returning (the grain tells the waiting client when the evaluation completes) and "
            + "includes placing 16 worker grains on 3 silos.");
        return report.ToString();
    }

    private static MetricCollection Evaluate(CollectionConfig config, Shard shard)
    {
        var part = MetricCollection.FromConfig(config);
        new ClusterRows().Read(shard.Argument, (in MetricBatch batch) => part.Update(batch));
        return part;
    }

    // The evaluation grain's own order (pairwise by shard index), so the bytes can be compared with the cluster's.
    private static MetricCollection MergeInOrder(MetricCollection[] parts) => ShardMerge.InShardOrder(parts);

    private static MetricCollection Sequential(CollectionConfig config, Shard[] shards) =>
        MergeInOrder([.. shards.Select(s => Evaluate(config, s))]);

    private static MetricCollection Parallel(CollectionConfig config, Shard[] shards)
    {
        var parts = new MetricCollection[shards.Length];
        System.Threading.Tasks.Parallel.For(0, shards.Length, i => parts[i] = Evaluate(config, shards[i]));
        return MergeInOrder(parts);
    }

    // What the cluster does with the shards' states, each step timed where it runs there (the call's split is kept for
    // the report). The workers' part runs on every core at once, as the workers do: each state's bytes packed and the
    // packed bytes through the Orleans serializer (worker to evaluation grain). The evaluation grain's part runs one shard
    // at a time, as on its single scheduler: the packed bytes read back into a collection (codec; the grain reads on the
    // thread pool, side by side, so one at a time is the most it can cost); the storage
    // serializer's work for the shard's record and the evaluation's record (storage); the merges into the shard-order
    // tree and the result packed (merge).
    private static MetricCollection ShipAndMerge(Serializer serializer, IGrainStorageSerializer storageSerializer, MetricCollection[] parts)
    {
        var watch = Stopwatch.StartNew();
        var shipped = new byte[parts.Length][];
        System.Threading.Tasks.Parallel.For(0, parts.Length, i => shipped[i] = serializer.SerializeToArray(PackedState.Pack(MetricCollectionState.ToBytes(parts[i]))));
        var codec = watch.Elapsed;
        var received = new List<MetricCollection>(parts.Length);
        var accepted = new EvaluationState();
        TimeSpan storage = default;
        foreach (var (bytes, i) in shipped.Select((b, i) => (b, i)))
        {
            watch.Restart();
            var packed = serializer.Deserialize<byte[]>(bytes)!;
            received.Add(PackedState.ReadCollection(packed));
            codec += watch.Elapsed;
            watch.Restart();
            _ = storageSerializer.Serialize(new ShardStateRecord { State = packed, Rows = Rows / ShardCount, Packed = true });
            accepted.Rows[i.ToString(CultureInfo.InvariantCulture)] = Rows / ShardCount;
            _ = storageSerializer.Serialize(accepted);
            storage += watch.Elapsed;
        }

        var merging = Stopwatch.StartNew();
        var merged = MergeOwned(received);
        _ = PackedState.Pack(MetricCollectionState.ToBytes(merged));
        LastSplit = (codec, storage, merging.Elapsed);
        return merged;
    }

    // The grain's tree over the shard order (0+1, 2+3, ..., then pairs of pairs), merging into collections it owns.
    private static MetricCollection MergeOwned(List<MetricCollection> level)
    {
        while (level.Count > 1)
        {
            level = [.. level.Chunk(2).Select(pair =>
            {
                if (pair.Length == 2)
                {
                    pair[0].Merge(pair[1]);
                }

                return pair[0];
            })];
        }

        return level[0];
    }

    private static (TimeSpan Codec, TimeSpan Storage, TimeSpan Merge) LastSplit;

    // One warm-up call, then the fastest of Repeats; the last result is handed back.
    private static TimeSpan Best(Func<MetricCollection> action, out MetricCollection result)
    {
        result = action();
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < Repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            result = action();
            best = Min(best, watch.Elapsed);
        }

        return best;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
