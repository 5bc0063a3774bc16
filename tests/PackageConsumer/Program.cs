using System;
using System.IO;
using Metrics;
using Metrics.Data;
using Metrics.Plotting;
using PackageConsumer;

// The custom metric: generated constructor, masked batch update, Merge of shards, validation.
double[] values = { 2, 4, 6, 8, 100 };
bool[] mask = { true, true, true, true, false };
var whole = new RangeRatio(scale: 2).Update(values, mask).Compute();
var sharded = new RangeRatio(scale: 2).Update(values[..2]).Merge(new RangeRatio(scale: 2).Update(values[2..4])).Compute();
var expected = 2 * (8.0 - 2.0) / 5.0;
Check("RangeRatio masked", whole, expected);
Check("RangeRatio sharded", sharded, expected);

var rejected = false;
try
{
    _ = new RangeRatio(scale: -1);
}
catch (ArgumentException e) when (e.Message.Contains("scale", StringComparison.OrdinalIgnoreCase))
{
    rejected = true;
}

Check("RangeRatio rejects scale -1", rejected ? 1 : 0, 1);

// The README's HuberLoss, pasted as its own file: the generated constructor validates delta; shards merge.
double[] labels = { 1, 2, 3, 4 };
double[] predictions = { 1.5, 1.0, 6.0, 4.0 };
var huber = new HuberLoss(delta: 2).Update(labels[..2], predictions[..2]).Merge(new HuberLoss(delta: 2).Update(labels[2..], predictions[2..]));
Check("HuberLoss sharded", huber.Compute(), (0.125 + 0.5 + 2 * (3 - 1) + 0) / 4);
Check("HuberLoss default delta", new HuberLoss().Update(labels, predictions).Compute(), (0.125 + 0.5 + (3 - 0.5) + 0) / 4);

// A built-in from the runtime package.
var precision = new Precision(threshold: 0.5).Update(new[] { 1, 0, 1, 1 }, new[] { 0.9, 0.8, 0.2, 0.7 }).Compute();
Check("Precision", precision, 2.0 / 3.0);
// Metrics.Serialization: the custom metric's configuration and state leave and come back, and merge as before.
var shardState = MetricState.ToBytes(new HuberLoss(delta: 2).Update(labels[2..], predictions[2..]));
var resumed = new HuberLoss(delta: 2).Update(labels[..2], predictions[..2]).Merge(MetricState.Read<HuberLoss>(shardState));
Check("HuberLoss state read back and merged", resumed.Compute(), huber.Compute());
var config = MetricConfig.FromJson(new HuberLoss(delta: 2).GetConfig().ToJson());
Check("HuberLoss configuration round trip", HuberLoss.FromConfig(config).Delta, 2);
var json = MetricStateJson.ToJson(huber);
Check("HuberLoss state as JSON", MetricStateJson.FromJson<HuberLoss>(json).Compute(), huber.Compute());
// Metrics.Data and Metrics.Plotting: a CSV file evaluated by name, per group, and its ROC curve drawn as a PNG.
var folder = Directory.CreateTempSubdirectory("consumer").FullName;
var csv = Path.Combine(folder, "scores.csv");
File.WriteAllText(csv, "label,score,team\n1,0.9,a\n0,0.2,b\n1,0.4,a\n0,0.7,b\n1,0.8,b\n0,0.1,a\n");
var byTeam = MetricDataSource.Open(csv, new ColumnMapping("label", "score") { Group = "team" })
    .EvaluateByGroup(new MetricCollection("roc_auc", "binary_accuracy"));
Check("roc_auc of a CSV file", (double)byTeam.Total.Compute("roc_auc"), 8.0 / 9.0);
Check("groups of a CSV file", byTeam.Groups.Count, 2);
var png = Path.Combine(folder, "roc.png");
((ExactAuc)byTeam.Total.Get("roc_auc").State).PlotRoc("scores").SavePng(png, 400, 300);
Check("ROC plot written", new FileInfo(png).Length > 1000 ? 1 : 0, 1);
Directory.Delete(folder, recursive: true);
Console.WriteLine("package consumer: all checks passed");
return 0;

static void Check(string what, double actual, double expected)
{
    if (Math.Abs(actual - expected) > 1e-12)
    {
        Console.Error.WriteLine($"{what}: expected {expected}, got {actual}");
        Environment.Exit(1);
    }

    Console.WriteLine($"{what}: {actual}");
}
