using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Metrics;
using Metrics.Data;
using Metrics.Orleans.Evaluation;
using Metrics.Orleans.Sample;

// Usage: dotnet run --project samples/Metrics.Orleans.Sample [FOLDER]
// Without FOLDER: the shipped breast-cancer predictions, split by fold into 5 Parquet shards in a temporary folder.
// With FOLDER: every .parquet, .csv, .arrow and .feather file in it (columns 'label' and 'probability'), by name.
// Exit code 0 when the cluster's states equal this process's, 1 when they differ, 2 for bad arguments.
if (args.Length > 1 || args is ["-h" or "--help"])
{
    Console.Error.WriteLine("usage: Metrics.Orleans.Sample [FOLDER of .parquet/.csv/.arrow/.feather shards with columns 'label' and 'probability']");
    return 2;
}

var config = CollectionConfig.FromJson(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "collection.json")));
var mapping = new ColumnMapping(ParquetShards.Labels, ParquetShards.Predictions);
string folder;
string[] files;
if (args is [var given])
{
    folder = Path.GetFullPath(given);
    if (!Directory.Exists(folder))
    {
        Console.Error.WriteLine($"The shard folder '{folder}' does not exist.");
        return 2;
    }

    string[] formats = [".parquet", ".csv", ".arrow", ".feather"];
    files = [.. Directory.GetFiles(folder).Where(f => formats.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)];
    if (files.Length == 0)
    {
        Console.Error.WriteLine($"The folder '{folder}' holds no .parquet, .csv, .arrow or .feather file.");
        return 2;
    }
}
else
{
    folder = Path.Combine(Path.GetTempPath(), $"metrics-orleans-sample-{Environment.ProcessId}");
    var csv = Path.Combine(AppContext.BaseDirectory, "data", "breast_cancer_predictions.csv");
    files = await ParquetShards.WriteByFoldAsync(csv, folder);
    Console.WriteLine($"Wrote {files.Length} Parquet shards (the shipped breast-cancer predictions by fold) to {folder}");
}

try
{
    var shards = files.Select(f => Shard.File(Path.GetFileName(f), f, mapping)).ToArray();
    await using var cluster = await LocalCluster.StartAsync(silos: 3);
    Console.WriteLine($"Started 3 silos on {string.Join(", ", cluster.Endpoints)}");

    // One evaluation of every shard (merged in shard order), and one per shard for the per-shard report.
    var run = Guid.NewGuid().ToString("N");
    using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
    async Task<EvaluationResult> Evaluate(string id, Shard[] part)
    {
        var evaluation = cluster.Client.GetGrain<IEvaluationGrain>($"{run}/{id}");
        await evaluation.StartAsync(new EvaluationRequest(config, part));
        return await evaluation.WaitForResultAsync(TimeSpan.FromMilliseconds(20), cancellationToken: limit.Token);
    }

    var all = Evaluate("all", shards);
    var each = shards.Select(s => Evaluate(s.Id, [s])).ToArray();
    var merged = await all;
    var perShard = await Task.WhenAll(each);

    var local = files.Select(f => InProcess.EvaluateShard(config, f, mapping)).ToArray();
    var localMerged = ShardMerge.InShardOrder(local);
    var onePass = InProcess.OnePass(config, files, mapping);

    var report = new Report([.. shards.Select(s => s.Id), "merged (cluster)", "one process"]);
    report.Add("rows", [.. perShard.Select(r => (object)r.Rows), merged.Rows, merged.Rows]);
    foreach (var name in localMerged.Compute().Keys)
    {
        report.Add(name, [.. perShard.Select(r => r.Collection.Compute(name)), merged.Collection.Compute(name), onePass.Compute(name)]);
    }

    Console.WriteLine();
    report.Print(Console.Out);
    Console.WriteLine();

    var problems = new List<string>();
    for (var i = 0; i < shards.Length; i++)
    {
        if (!SameBits(perShard[i].Collection, local[i]))
        {
            problems.Add($"shard '{shards[i].Id}': the cluster's state differs from this process's");
        }
    }

    if (!SameBits(merged.Collection, localMerged))
    {
        problems.Add("merged: the cluster's state differs from this process's shards merged in the same order");
    }

    foreach (var (name, value) in onePass.Compute())
    {
        if (!Report.Agree(merged.Collection.Compute(name), value))
        {
            problems.Add($"{name}: the cluster gives {merged.Collection.Compute(name)}, one pass over the rows {value}");
        }
    }

    if (problems.Count > 0)
    {
        Console.Error.WriteLine("The cluster and this process disagree:");
        problems.ForEach(p => Console.Error.WriteLine($"  {p}"));
        return 1;
    }

    Console.WriteLine(
        $"The cluster's states equal this process's bit for bit (each shard, and all {shards.Length} merged in shard order); "
        + $"every value agrees with one pass over the {merged.Rows:N0} rows to 1e-12.");
    return 0;
}
finally
{
    if (args.Length == 0)
    {
        Directory.Delete(folder, recursive: true);
    }
}

static bool SameBits(MetricCollection a, MetricCollection b) =>
    MetricCollectionState.ToBytes(a).AsSpan().SequenceEqual(MetricCollectionState.ToBytes(b));
