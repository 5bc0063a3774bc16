using System;
using System.Numerics.Tensors;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Metrics.Kernels;

namespace Metrics.Benchmarks;

/// <summary>
/// <see cref="MetricParallel.UpdateParallel"/> (issue 19, item 7) on 4M float elements with one thread and with every
/// core (<see cref="Threads"/>), the chunks fixed (<see cref="MetricParallel.DefaultChunkLength"/>) so both give the
/// same value: compute-bound metrics (binned AUC, exact AUC, LogCoshError, R²) should scale with cores (≥ 1.7× on
/// two), a memory-bound one (MSE) is compared with <c>TensorPrimitives.Dot</c> cut into the same chunks on as many
/// threads.
/// </summary>
public class ParallelBenchmarks
{
    public const int Rows = 1 << 22;

    private int[] _classes = [];
    private float[] _scores = [];
    private float[] _labels = [];
    private float[] _predictions = [];

    /// <summary>1, or every core.</summary>
    [Params(1, 0)]
    public int Threads { get; set; }

    private ParallelOptions Options => new() { MaxDegreeOfParallelism = Threads == 0 ? Environment.ProcessorCount : Threads };

    [GlobalSetup]
    public void Setup()
    {
        var d = BenchData.Create(Rows);
        (_classes, _scores, _labels, _predictions) = (d.Classes, d.ScoresF, d.LabelsF, d.PredictionsF);
    }

    [Benchmark(Baseline = true, Description = "Dot (chunked)")]
    public float Roofline()
    {
        var chunks = new float[(Rows + MetricParallel.DefaultChunkLength - 1) / MetricParallel.DefaultChunkLength];
        Parallel.For(0, chunks.Length, Options, c =>
        {
            var start = c * MetricParallel.DefaultChunkLength;
            var length = Math.Min(MetricParallel.DefaultChunkLength, Rows - start);
            chunks[c] = TensorPrimitives.Dot(_labels.AsSpan(start, length), _predictions.AsSpan(start, length));
        });
        return TensorPrimitives.Sum(chunks);
    }

    [Benchmark]
    public double MeanSquaredError() =>
        new MeanSquaredError().UpdateParallel(Rows, (m, r) => m.Update(_labels.AsSpan(r), _predictions.AsSpan(r)), Options).Compute();

    [Benchmark]
    public double LogCoshError() =>
        new LogCoshError().UpdateParallel(Rows, (m, r) => m.Update(_labels.AsSpan(r), _predictions.AsSpan(r)), Options).Compute();

    [Benchmark]
    public double R2Score() =>
        new R2Score().UpdateParallel(Rows, (m, r) => m.Update(_labels.AsSpan(r), _predictions.AsSpan(r)), Options).Compute();

    [Benchmark(Description = "Auc (binned, 200)")]
    public double BinnedAuc() =>
        new Auc().UpdateParallel(Rows, (m, r) => m.Update(_classes.AsSpan(r), _scores.AsSpan(r)), Options).Compute();

    [Benchmark(Description = "ExactAuc (ROC)")]
    public double ExactAuc() =>
        new ExactAuc().UpdateParallel(Rows, (m, r) => m.Update(_classes.AsSpan(r), _scores.AsSpan(r)), Options).Compute();
}
