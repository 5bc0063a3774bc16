using System;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;

namespace Metrics.Benchmarks;

/// <summary>
/// Exact ROC AUC on 10M float scores against <c>Array.Sort</c> of the same scores (target: ≤ 0.3×; the baseline
/// copies the scores into a preallocated buffer first, which is part of its time), and binned AUC (200 thresholds)
/// against the roofline <see cref="TensorPrimitives.Dot{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> (≤ 2×).
/// </summary>
public class AucBenchmarks
{
    public const int Rows = 10_000_000;

    private int[] _classes = [];
    private float[] _scores = [];
    private float[] _labels = [];
    private float[] _buffer = [];

    [GlobalSetup]
    public void Setup()
    {
        var d = BenchData.Create(Rows);
        (_classes, _scores, _labels) = (d.Classes, d.ScoresF, d.ClassesF);
        _buffer = new float[Rows];
    }

    [Benchmark(Baseline = true, Description = "Array.Sort (copy + sort)")]
    public float ArraySort()
    {
        _scores.CopyTo(_buffer, 0);
        Array.Sort(_buffer);
        return _buffer[Rows / 2];
    }

    [Benchmark(Description = "ExactAuc (ROC)")]
    public double ExactAuc() => new ExactAuc().Update(_classes, _scores).Compute();

    [Benchmark(Description = "Auc (binned, 200)")]
    public double BinnedAuc() => new Auc().Update(_classes, _scores).Compute();

    [Benchmark(Description = "Roofline Dot")]
    public float Roofline() => TensorPrimitives.Dot(_labels, _scores);
}
