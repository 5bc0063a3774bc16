using System;
using System.Collections.Generic;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;

namespace Metrics.Benchmarks;

/// <summary>
/// Reports from registry-built collections on 1M double rows (<see cref="MetricBatch"/> carries doubles), where the
/// states whose element-wise operators fuse share one kernel pass (issue 19, item 1): each report against its most
/// expensive member alone in a collection (target ≤ 1.25×), against the same members updated each by its own pass,
/// and against <c>TensorPrimitives.Dot</c> on the same arrays. Every call resets, updates and computes the collection.
/// </summary>
public class FusedReportBenchmarks
{
    public const int Rows = 1 << 20;

    private FusedReportCases _cases = null!;

    [GlobalSetup]
    public void Setup() => _cases = new FusedReportCases(BenchData.Create(Rows));

    [Benchmark(Baseline = true, Description = "Dot (double labels, predictions)")]
    public double Roofline() => _cases.Dot();

    [Benchmark(Description = "r2 alone")]
    public object R2Alone() => _cases.R2Alone();

    [Benchmark(Description = "Regression report mae, mse, rmse, r2 (fused)")]
    public object RegressionFused() => _cases.RegressionFused();

    [Benchmark(Description = "Regression report, one instance per member")]
    public object RegressionSeparate() => _cases.RegressionSeparate();

    [Benchmark(Description = "Regression report (fused), masked")]
    public object RegressionFusedMasked() => _cases.RegressionFusedMasked();

    [Benchmark(Description = "Regression report (fused), weighted")]
    public object RegressionFusedWeighted() => _cases.RegressionFusedWeighted();

    [Benchmark(Description = "precision alone")]
    public object PrecisionAlone() => _cases.PrecisionAlone();

    [Benchmark(Description = "Binary report accuracy, precision, recall, f1_score (fused)")]
    public object BinaryFused() => _cases.BinaryFused();

    [Benchmark(Description = "Binary report, one instance per member")]
    public object BinarySeparate() => _cases.BinarySeparate();

    [Benchmark(Description = "roc_auc alone")]
    public object RocAucAlone() => _cases.RocAucAlone();

    [Benchmark(Description = "Binary report + roc_auc (fused)")]
    public object BinaryWithAucFused() => _cases.BinaryWithAucFused();
}

/// <summary>The calls of <see cref="FusedReportBenchmarks"/>, shared with the Stopwatch probe (<c>--probe-fused</c>).</summary>
public sealed class FusedReportCases(BenchData data)
{
    private static readonly string[] Regression = ["mae", "mse", "rmse", "r2"];
    private static readonly string[] Binary = ["accuracy", "precision", "recall", "f1_score"];

    private readonly MetricCollection _r2 = new("r2");
    private readonly MetricCollection _regression = new(Regression);
    private readonly IMetricInstance[] _regressionMembers = Array.ConvertAll(Regression, MetricRegistry.Create);
    private readonly MetricCollection _precision = new("precision");
    private readonly MetricCollection _binary = new(Binary);
    private readonly IMetricInstance[] _binaryMembers = Array.ConvertAll(Binary, MetricRegistry.Create);
    private readonly MetricCollection _rocAuc = new("roc_auc");
    private readonly MetricCollection _binaryWithAuc = new([.. Binary, "roc_auc"]);

    // Centred as in MlNetBenchmarks, so that the default threshold 0 splits the rows as 0.5 splits the probabilities.
    private readonly double[] _scores = Array.ConvertAll(data.Scores, s => s - 0.5);

    /// <summary>The collections of the cases and how many fused passes and fused states each has.</summary>
    public IEnumerable<(string Name, MetricCollection Collection)> Collections =>
    [
        ("regression report", _regression), ("binary report", _binary), ("binary report + roc_auc", _binaryWithAuc),
    ];

    public double Dot() => TensorPrimitives.Dot(data.Labels, data.Predictions);

    public object R2Alone() => Run(_r2, new MetricBatch(data.Labels, data.Predictions));

    public object RegressionFused() => Run(_regression, new MetricBatch(data.Labels, data.Predictions));

    public object RegressionSeparate() => Run(_regressionMembers, new MetricBatch(data.Labels, data.Predictions));

    public object RegressionFusedMasked() => Run(_regression, new MetricBatch(data.Labels, data.Predictions).WithMask(data.Mask));

    public object RegressionFusedWeighted() => Run(_regression, new MetricBatch(data.Labels, data.Predictions).WithWeights(data.Weights));

    public object PrecisionAlone() => Run(_precision, new MetricBatch(data.ClassesD, _scores));

    public object BinaryFused() => Run(_binary, new MetricBatch(data.ClassesD, _scores));

    public object BinarySeparate() => Run(_binaryMembers, new MetricBatch(data.ClassesD, _scores));

    public object RocAucAlone() => Run(_rocAuc, new MetricBatch(data.ClassesD, _scores));

    public object BinaryWithAucFused() => Run(_binaryWithAuc, new MetricBatch(data.ClassesD, _scores));

    private static object Run(MetricCollection collection, in MetricBatch batch)
    {
        collection.Reset();
        collection.Update(batch);
        return collection.Compute();
    }

    private static object[] Run(IMetricInstance[] members, in MetricBatch batch)
    {
        var values = new object[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            members[i].Reset();
            members[i].Update(batch);
            values[i] = members[i].Compute();
        }

        return values;
    }
}
