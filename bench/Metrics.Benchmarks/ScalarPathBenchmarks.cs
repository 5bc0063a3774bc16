using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;

namespace Metrics.Benchmarks;

/// <summary>
/// The same metrics as <see cref="ElementwiseBenchmarks{T}"/> (unmasked, in-cache sizes), run by Program only under a
/// job with <c>DOTNET_EnableHWIntrinsic=0</c>: the JIT then folds every <c>VectorNNN.IsHardwareAccelerated</c> to
/// false, so the kernel takes its scalar loop with the generated scalar operator — the metric's own scalar path,
/// the code a non-vectorizable metric runs. Program divides these times by the vector times of the same method,
/// type and size (target: ≥ 6×).
/// </summary>
/// <typeparam name="T">The element type: float or double.</typeparam>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class ScalarPathBenchmarks<T>
    where T : unmanaged
{
    private T[] _labels = [];
    private T[] _predictions = [];
    private T[] _scores = [];
    private int[] _classes = [];

    [Params(1 << 16, 1 << 20)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var d = BenchData.Create(Size);
        _classes = d.Classes;
        _labels = typeof(T) == typeof(float) ? (T[])(object)d.LabelsF : (T[])(object)d.Labels;
        _predictions = typeof(T) == typeof(float) ? (T[])(object)d.PredictionsF : (T[])(object)d.Predictions;
        _scores = typeof(T) == typeof(float) ? (T[])(object)d.ScoresF : (T[])(object)d.Scores;
    }

    [Benchmark]
    public double MeanSquaredError() => typeof(T) == typeof(float)
        ? new MeanSquaredError().Update(F(_labels), F(_predictions)).Compute()
        : new MeanSquaredError().Update(D(_labels), D(_predictions)).Compute();

    [Benchmark]
    public double MeanAbsoluteError() => typeof(T) == typeof(float)
        ? new MeanAbsoluteError().Update(F(_labels), F(_predictions)).Compute()
        : new MeanAbsoluteError().Update(D(_labels), D(_predictions)).Compute();

    [Benchmark]
    public double Accuracy() => typeof(T) == typeof(float)
        ? new Accuracy(0.5).Update(_classes, F(_scores)).Compute()
        : new Accuracy(0.5).Update(_classes, D(_scores)).Compute();

    [Benchmark]
    public double Precision() => typeof(T) == typeof(float)
        ? new Precision(0.5).Update(_classes, F(_scores)).Compute()
        : new Precision(0.5).Update(_classes, D(_scores)).Compute();

    [Benchmark]
    public double Average() => typeof(T) == typeof(float)
        ? new Average().Update(F(_predictions)).Compute()
        : new Average().Update(D(_predictions)).Compute();

    [Benchmark(Description = "HuberLoss (custom)")]
    public double HuberLoss() => typeof(T) == typeof(float)
        ? new HuberLoss().Update(F(_labels), F(_predictions)).Compute()
        : new HuberLoss().Update(D(_labels), D(_predictions)).Compute();

    private static float[] F(T[] array) => Unsafe.As<float[]>(array);

    private static double[] D(T[] array) => Unsafe.As<double[]>(array);
}
