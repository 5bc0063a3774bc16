using System;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;

namespace Metrics.Benchmarks;

/// <summary>
/// Metrics whose summed contributions take logarithms and exponentials (issue 19, item 6), vectorized with the vector
/// <c>Log</c>/<c>Exp</c>: <c>LogCoshError</c>, <c>MeanSquaredLogError</c>, <c>BinaryCrossentropy</c> and <c>Poisson</c> (generic
/// updates; on |labels| and |predictions|, their domain), 1M elements, against <c>TensorPrimitives.Dot</c> in the same run (target ≤ 3×). Program runs the class
/// under the vector job and under <c>DOTNET_EnableHWIntrinsic=0</c> (the metrics' scalar path; target ≥ 6× slower).
/// </summary>
/// <typeparam name="T">The element type: float or double.</typeparam>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class LogExpBenchmarks<T>
    where T : unmanaged
{
    private T[] _labels = [];
    private T[] _predictions = [];

    [Params(1 << 20)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var d = BenchData.Create(Size);
        var labels = Array.ConvertAll(d.Labels, Math.Abs);
        var predictions = Array.ConvertAll(d.Predictions, Math.Abs);
        _labels = typeof(T) == typeof(float) ? (T[])(object)Array.ConvertAll(labels, x => (float)x) : (T[])(object)labels;
        _predictions = typeof(T) == typeof(float) ? (T[])(object)Array.ConvertAll(predictions, x => (float)x) : (T[])(object)predictions;
    }

    [Benchmark(Baseline = true)]
    public double Roofline() => typeof(T) == typeof(float)
        ? TensorPrimitives.Dot(F(_labels), F(_predictions))
        : TensorPrimitives.Dot(D(_labels), D(_predictions));

    [Benchmark]
    public double LogCoshError() => typeof(T) == typeof(float)
        ? new LogCoshError().Update(F(_labels), F(_predictions)).Compute()
        : new LogCoshError().Update(D(_labels), D(_predictions)).Compute();

    [Benchmark]
    public double MeanSquaredLogError() => typeof(T) == typeof(float)
        ? new MeanSquaredLogError().Update(F(_labels), F(_predictions)).Compute()
        : new MeanSquaredLogError().Update(D(_labels), D(_predictions)).Compute();

    [Benchmark]
    public double BinaryCrossentropy() => typeof(T) == typeof(float)
        ? new BinaryCrossentropy().Update(F(_labels), F(_predictions)).Compute()
        : new BinaryCrossentropy().Update(D(_labels), D(_predictions)).Compute();

    [Benchmark]
    public double Poisson() => typeof(T) == typeof(float)
        ? new Poisson().Update(F(_labels), F(_predictions)).Compute()
        : new Poisson().Update(D(_labels), D(_predictions)).Compute();

    private static float[] F(T[] array) => Unsafe.As<float[]>(array);

    private static double[] D(T[] array) => Unsafe.As<double[]>(array);
}
