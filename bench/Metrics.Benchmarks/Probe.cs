using System;
using System.Diagnostics;
using System.Linq;
using System.Numerics.Tensors;

namespace Metrics.Benchmarks;

/// <summary>
/// Times a few calls on 1M floats with a Stopwatch (minimum of several rounds), for profiling the hot loop with
/// <c>DOTNET_JitDisasm</c> outside BenchmarkDotNet. Not a benchmark: the report quotes BenchmarkDotNet only.
/// </summary>
public static class Probe
{
    public static void Run()
    {
        foreach (var metric in new[] { typeof(HuberLoss), typeof(RegressionMoments), typeof(MeanSquaredError), typeof(Welford) })
        {
            var vectorized = metric.GetNestedTypes(System.Reflection.BindingFlags.NonPublic)
                .Any(t => t.GetInterfaces().Any(i => i.Name.StartsWith("IVectorOperator", StringComparison.Ordinal)));
            Console.WriteLine($"{metric.Name}: vector operator {(vectorized ? "generated" : "absent (scalar path)")}");
        }

        var d = BenchData.Create(1 << 20);
        var classBytes = Array.ConvertAll(d.Classes, c => (byte)c);
        var sortBuffer = new float[d.ScoresF.Length];
        var cases = new (string Name, Func<double> Call)[]
        {
            ("Dot", () => TensorPrimitives.Dot(d.LabelsF, d.PredictionsF)),
            ("MeanSquaredError", () => new MeanSquaredError().Update(d.LabelsF, d.PredictionsF).Compute()),
            ("MeanSquaredError masked", () => new MeanSquaredError().Update(d.LabelsF, d.PredictionsF, d.Mask).Compute()),
            ("MeanSquaredError weighted", () => new MeanSquaredError().Update(d.LabelsF, d.PredictionsF, null, d.WeightsF).Compute()),
            ("Accuracy", () => new Accuracy(0.5).Update(d.Classes, d.ScoresF).Compute()),
            ("Precision", () => new Precision(0.5).Update(d.Classes, d.ScoresF).Compute()),
            ("Average", () => new Average().Update(d.PredictionsF).Compute()),
            ("Regression report", () => RegressionReport.Of(d.LabelsF, d.PredictionsF).R2),
            ("R2Score", () => new R2Score().Update(d.LabelsF, d.PredictionsF).Compute()),
            ("R2Score masked", () => new R2Score().Update(d.LabelsF, d.PredictionsF, d.Mask).Compute()),
            ("R2Score weighted", () => new R2Score().Update(d.LabelsF, d.PredictionsF, null, d.WeightsF).Compute()),
            ("Welford", () => new Welford().Update(d.PredictionsF).Compute().Variance),
            ("PearsonCorrelation", () => new PearsonCorrelation().Update(d.LabelsF, d.PredictionsF).Compute()),
            ("Binary report", () => BinaryReport.Of(d.Classes, d.ScoresF).F1),
            ("ExactAuc", () => new ExactAuc().Update(d.Classes, d.ScoresF).Compute()),
            ("ExactAuc append only", () => new ExactAuc().Update(d.Classes, d.ScoresF).Samples.Count),
            ("ExactAuc rank sum only", () => Metrics.Numerics.RankSum.Count(d.ScoresF, classBytes).Pairs),
            ("ExactAuc Array.Sort copy", () => { d.ScoresF.CopyTo(sortBuffer, 0); Array.Sort(sortBuffer); return sortBuffer[0]; }),
            ("Auc binned", () => new Auc().Update(d.Classes, d.ScoresF).Compute()),
            ("Auc binned fromLogits", () => new Auc(fromLogits: true).Update(d.Classes, d.ScoresF).Compute()),
            ("Scalar loop", () => ScalarMse(d.LabelsF, d.PredictionsF)),
            ("Guard NotNaN", () => { Metrics.Kernels.MetricGuard.NotNaN<float, float>(d.ScoresF, default, default, "p"); return 0; }),
            ("Guard ClassIndices", () => { Metrics.Kernels.MetricGuard.ClassIndices(d.Classes, default, 2, "l"); return 0; }),
            ("Histogram loop", () => Histogram(d.Classes, d.ScoresF)),
        };
        var only = Environment.GetEnvironmentVariable("PROBE_ONLY");
        if (!string.IsNullOrEmpty(only))
        {
            cases = cases.Where(c => c.Name == "Dot" || only.Split(',').Any(o => c.Name.StartsWith(o, StringComparison.Ordinal))).ToArray();
        }

        foreach (var (name, call) in cases.Concat(cases))
        {
            var best = double.MaxValue;
            var sink = 0.0;
            for (var round = 0; round < 30; round++)
            {
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < 10; i++)
                {
                    sink += call();
                }

                best = Math.Min(best, watch.Elapsed.TotalMilliseconds / 10);
            }

            Console.WriteLine($"{name,-28} {best,8:F3} ms  ({sink:G3})");
        }
    }

    private static double Histogram(int[] classes, float[] scores)
    {
        var grid = new Metrics.Numerics.ThresholdGrid(200, default, withEndpoints: true);
        var cells = new double[402];
        for (var i = 0; i < scores.Length; i++)
        {
            cells[(2 * grid.Bucket(scores[i])) + classes[i]] += 1;
        }

        return cells[100];
    }

    private static double ScalarMse(float[] labels, float[] predictions)
    {
        var sum = 0.0;
        for (var i = 0; i < labels.Length; i++)
        {
            var e = (double)predictions[i] - labels[i];
            sum += e * e;
        }

        return sum / labels.Length;
    }
}
