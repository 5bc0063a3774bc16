using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Numerics.Tensors;

namespace Metrics.Benchmarks;

/// <summary>
/// The metrics of <see cref="LogExpBenchmarks{T}"/> timed with a Stopwatch (median of interleaved rounds), for a busy
/// machine where BenchmarkDotNet's boilerplate build times out: run it once as is and once under
/// <c>DOTNET_EnableHWIntrinsic=0</c> (the scalar path) and divide; <c>Dot</c> is the same-process baseline.
/// </summary>
public static class LogExpProbe
{
    private const int Rounds = 15;
    private const int Calls = 10;

    public static void Run()
    {
        var d = BenchData.Create(1 << 20);
        var labels = Array.ConvertAll(d.Labels, Math.Abs);
        var predictions = Array.ConvertAll(d.Predictions, Math.Abs);
        var labelsF = Array.ConvertAll(labels, x => (float)x);
        var predictionsF = Array.ConvertAll(predictions, x => (float)x);
        var logits = d.Predictions;
        var logitsF = Array.ConvertAll(logits, x => (float)x);
        var cases = new (string Name, Func<double> Call)[]
        {
            ("Dot double", () => TensorPrimitives.Dot(labels, predictions)),
            ("Dot float", () => TensorPrimitives.Dot(labelsF, predictionsF)),
            ("LogCoshError double", () => new LogCoshError().Update(labels, predictions).Compute()),
            ("LogCoshError float", () => new LogCoshError().Update(labelsF, predictionsF).Compute()),
            ("MeanSquaredLogError double", () => new MeanSquaredLogError().Update(labels, predictions).Compute()),
            ("MeanSquaredLogError float", () => new MeanSquaredLogError().Update(labelsF, predictionsF).Compute()),
            ("BinaryCrossentropy double", () => new BinaryCrossentropy().Update(labels, predictions).Compute()),
            ("BinaryCrossentropy float", () => new BinaryCrossentropy().Update(labelsF, predictionsF).Compute()),
            ("BinaryCrossentropy fromLogits double", () => new BinaryCrossentropy(fromLogits: true).Update(labels, logits).Compute()),
            ("BinaryCrossentropy fromLogits float", () => new BinaryCrossentropy(fromLogits: true).Update(labelsF, logitsF).Compute()),
            ("Poisson double", () => new Poisson().Update(labels, predictions).Compute()),
            ("Poisson float", () => new Poisson().Update(labelsF, predictionsF).Compute()),
        };

        var times = cases.Select(_ => new double[Rounds]).ToArray();
        var sink = 0.0;
        foreach (var (_, call) in cases)
        {
            sink += call();
        }

        for (var round = 0; round < Rounds; round++)
        {
            for (var c = 0; c < cases.Length; c++)
            {
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < Calls; i++)
                {
                    sink += cases[c].Call();
                }

                times[c][round] = watch.Elapsed.TotalMilliseconds / Calls;
            }
        }

        Console.WriteLine($"Vector512 accelerated: {System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated}, Vector256: {System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated}; loadavg {File.ReadAllText("/proc/loadavg").Trim()}; (sink {sink.ToString("G3", CultureInfo.InvariantCulture)})");
        var medians = times.Select(t => t.Order().ElementAt(Rounds / 2)).ToArray();
        for (var c = 0; c < cases.Length; c++)
        {
            var dot = cases[c].Name.EndsWith("float", StringComparison.Ordinal) ? medians[1] : medians[0];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cases[c].Name,-40} {medians[c],9:F2} ms  {medians[c] / dot,7:F1}x Dot"));
        }
    }
}
