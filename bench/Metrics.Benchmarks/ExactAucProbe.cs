using System;
using System.Diagnostics;
using System.IO;
using Metrics.Kernels;
using Metrics.Numerics;

namespace Metrics.Benchmarks;

/// <summary>
/// Where the time of the binary report with exact ROC AUC goes (issue 19, item 3), split by step with a Stopwatch on
/// the 1M rows of <see cref="MlNetBenchmarks"/>: the typed path (int labels, float scores, as ML.NET gets them) and a
/// registry collection fed a <see cref="MetricBatch"/> of doubles, with the same scores widened (exactly floats) and
/// with scores centred in double (not floats: the double ranking). Minimum of 15 rounds of 4 calls; the load average
/// is printed beside the figures (indications on a shared machine).
/// </summary>
public static class ExactAucProbe
{
    public static void Run()
    {
        var mlNet = new MlNetBenchmarks();
        mlNet.Setup();
        var data = BenchData.Create(MlNetBenchmarks.Rows);
        var classes = data.Classes;
        var scores = Array.ConvertAll(data.ScoresF, s => s - 0.5f);
        var classesD = data.ClassesD;
        var widened = Array.ConvertAll(scores, s => (double)s);
        var centred = Array.ConvertAll(data.Scores, s => s - 0.5);
        var report = new MetricCollection("accuracy", "precision", "recall", "f1_score", "roc_auc");
        var aucOnly = new MetricCollection("roc_auc");

        Console.WriteLine($"{Environment.ProcessorCount} logical cores, {MlNetBenchmarks.Rows:N0} rows");
        Console.WriteLine($"load average before: {File.ReadAllText("/proc/loadavg").Trim()}");
        var only = Environment.GetEnvironmentVariable("PROBE_ONLY");
        var rows = new (string Name, Func<object> Call)[]
        {
            ("typed: BinaryCounts report (no AUC)", () => mlNet.OurBinary()),
            ("typed: report + ExactAuc", () => mlNet.OurBinaryExactAuc()),
            ("typed: ExactAuc update (fresh state)", () => new ExactAuc().Update(classes, scores)),
            ("typed: ExactAuc update + compute", () => new ExactAuc().Update(classes, scores).Compute()),
            ("typed: AppendRange fresh buffer", () => (object)Append(scores, classes, reserve: false)),
            ("typed: AppendRange reserved first", () => (object)Append(scores, classes, reserve: true)),
            ("RankSum.Rank (float, byte labels)", () => RankSum.Rank(scores, Bytes(classes))),
            ("RankSum.Count (no precision sum)", () => RankSum.Count(scores, Bytes(classes))),
            ("RankSum.Rank, probabilities (0, 1)", () => RankSum.Rank(data.ScoresF, Bytes(classes))),
            ("BatchConversion double→int labels", () => (object)ConvertLabels(classesD)),
            ("collection roc_auc, float scores: update", () => Update(aucOnly, classesD, widened)),
            ("collection roc_auc, float scores: all", () => Run(aucOnly, classesD, widened)),
            ("collection report, float scores: all", () => Run(report, classesD, widened)),
            ("collection roc_auc, double scores: update", () => Update(aucOnly, classesD, centred)),
            ("collection roc_auc, double scores: all", () => Run(aucOnly, classesD, centred)),
            ("collection report, double scores: all", () => Run(report, classesD, centred)),
            ("ML.NET EvaluateNonCalibrated", () => mlNet.MlNetBinary()),
        };
        var wanted = Array.FindAll(rows, r => only is null || r.Name.StartsWith("ML.NET", StringComparison.Ordinal)
            || Array.Exists(only.Split(','), o => r.Name.Contains(o, StringComparison.Ordinal)));
        var times = Array.ConvertAll(wanted, r => FusedReportProbe.Time(r.Call));
        Console.WriteLine($"load average after: {File.ReadAllText("/proc/loadavg").Trim()}");
        for (var i = 0; i < wanted.Length; i++)
        {
            Console.WriteLine($"{wanted[i].Name,-44} {times[i],9:F3} ms  ML.NET / this {times[^1] / times[i],7:F1}×");
        }
    }

    private static byte[]? _bytes;

    private static byte[] Bytes(int[] classes) => _bytes ??= Array.ConvertAll(classes, c => (byte)c);

    private static int Append(float[] scores, int[] classes, bool reserve)
    {
        var buffer = default(SampleBuffer);
        if (reserve)
        {
            buffer.Reserve(scores.Length);
        }

        buffer.AppendRange<float, int>(scores, classes);
        return buffer.Count;
    }

    private static int ConvertLabels(double[] labels)
    {
        int[]? rented = null;
        var converted = BatchConversion.Convert(labels, ref rented, "labels", default, hasMask: false, stride: 1);
        var first = converted[0];
        BatchConversion.Return(rented);
        return first;
    }

    private static MetricCollection Update(MetricCollection collection, double[] labels, double[] scores)
    {
        collection.Reset();
        collection.Update(new MetricBatch(labels, scores));
        return collection;
    }

    private static object Run(MetricCollection collection, double[] labels, double[] scores)
    {
        collection.Reset();
        collection.Update(new MetricBatch(labels, scores));
        return collection.Compute();
    }
}
