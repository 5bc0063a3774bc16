using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.Intrinsics;

namespace Metrics.Benchmarks;

/// <summary>
/// The cases of <see cref="FusedReportBenchmarks"/> and ML.NET's two evaluators timed with a Stopwatch in one process
/// (the minimum of several rounds of a few calls each), printed with the ratios of issue 19, item 1 and the load
/// average: indications on a shared machine, where the BenchmarkDotNet run gives the report's figures.
/// </summary>
public static class FusedReportProbe
{
    public static void Run()
    {
        var cases = new FusedReportCases(BenchData.Create(FusedReportBenchmarks.Rows));
        var mlNet = new MlNetBenchmarks();
        mlNet.Setup();
        var vector = Vector512.IsHardwareAccelerated ? 512 : Vector256.IsHardwareAccelerated ? 256 : Vector128.IsHardwareAccelerated ? 128 : 0;
        Console.WriteLine($"{Environment.ProcessorCount} logical cores, widest accelerated vector {vector} bits, {FusedReportBenchmarks.Rows:N0} rows");
        foreach (var (name, collection) in cases.Collections)
        {
            Console.WriteLine($"{name}: {collection.StatesPerUpdate} states, {collection.FusedStates} of them in {collection.FusedPasses} fused pass(es)");
        }

        Console.WriteLine($"load average before: {File.ReadAllText("/proc/loadavg").Trim()}");
        var dot = Time(cases.Dot);
        var r2 = Time(cases.R2Alone);
        var regression = Time(cases.RegressionFused);
        var regressionSeparate = Time(cases.RegressionSeparate);
        var masked = Time(cases.RegressionFusedMasked);
        var weighted = Time(cases.RegressionFusedWeighted);
        var precision = Time(cases.PrecisionAlone);
        var binary = Time(cases.BinaryFused);
        var binarySeparate = Time(cases.BinarySeparate);
        var auc = Time(cases.RocAucAlone);
        var binaryAuc = Time(cases.BinaryWithAucFused);
        var mlNetRegression = Time(() => mlNet.MlNetRegression());
        var mlNetBinary = Time(() => mlNet.MlNetBinary());
        Console.WriteLine($"load average after: {File.ReadAllText("/proc/loadavg").Trim()}");

        Row("Dot (double)", dot, "");
        Row("r2 alone", r2, $"{r2 / dot:F2}× Dot");
        Row("regression report (fused)", regression, $"{regression / r2:F2}× r2 alone; {regression / dot:F2}× Dot; ML.NET {mlNetRegression / regression:F1}×");
        Row("regression report, separate", regressionSeparate, $"{regressionSeparate / regression:F2}× the fused report");
        Row("regression report, masked", masked, $"{masked / dot:F2}× Dot");
        Row("regression report, weighted", weighted, $"{weighted / dot:F2}× Dot");
        Row("precision alone", precision, $"{precision / dot:F2}× Dot");
        Row("binary report (fused)", binary, $"{binary / precision:F2}× precision alone; ML.NET {mlNetBinary / binary:F0}×");
        Row("binary report, separate", binarySeparate, $"{binarySeparate / binary:F2}× the fused report");
        Row("roc_auc alone", auc, "");
        Row("binary report + roc_auc", binaryAuc, $"{binaryAuc / auc:F2}× roc_auc alone; ML.NET {mlNetBinary / binaryAuc:F1}×");
        Row("ML.NET Regression.Evaluate", mlNetRegression, "");
        Row("ML.NET EvaluateNonCalibrated", mlNetBinary, "");
    }

    private static void Row(string name, double ms, string ratios) => Console.WriteLine($"{name,-32} {ms,9:F3} ms  {ratios}");

    /// <summary>The best of 15 rounds of 4 calls, in milliseconds a call (the probes' one timing rule).</summary>
    /// <param name="call">The call to time.</param>
    /// <returns>Milliseconds a call.</returns>
    internal static double Time(Func<object> call)
    {
        var best = double.MaxValue;
        for (var round = 0; round < 15; round++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < 4; i++)
            {
                GC.KeepAlive(call());
            }

            best = Math.Min(best, watch.Elapsed.TotalMilliseconds / 4);
        }

        return best;
    }

    private static double Time(Func<double> call) => Time(() => (object)call());
}
