using System;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;

namespace Metrics.Benchmarks;

/// <summary>Which optional inputs an element-wise benchmark passes.</summary>
public enum Inputs
{
    /// <summary>Labels and predictions only.</summary>
    Plain,

    /// <summary>With a 75 % mask.</summary>
    Masked,

    /// <summary>With weights (about 10 % zero).</summary>
    Weighted,
}

/// <summary>
/// Element-wise metrics against the memory roofline <see cref="TensorPrimitives.Dot{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/>
/// over the same labels and predictions (target: ≤ 1.25× at 1M and 16M, ≤ 1.6× masked or weighted). Each benchmark
/// is one full <c>Update</c> of a fresh metric plus <c>Compute</c>; classification metrics read int labels and scores.
/// </summary>
/// <typeparam name="T">The element type: float or double.</typeparam>
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
public class ElementwiseBenchmarks<T>
    where T : unmanaged
{
    private T[] _labels = [];
    private T[] _predictions = [];
    private T[] _scores = [];
    private T[] _weights = [];
    private int[] _classes = [];
    private bool[] _mask = [];

    [Params(1 << 16, 1 << 20, 1 << 24)]
    public int Size { get; set; }

    [Params(Inputs.Plain, Inputs.Masked, Inputs.Weighted)]
    public Inputs Inputs { get; set; }

    private bool[]? MaskOrNull => Inputs == Inputs.Masked ? _mask : null;

    private T[]? WeightsOrNull => Inputs == Inputs.Weighted ? _weights : null;

    [GlobalSetup]
    public void Setup()
    {
        var d = BenchData.Create(Size);
        _classes = d.Classes;
        _mask = d.Mask;
        if (typeof(T) == typeof(float))
        {
            _labels = (T[])(object)d.LabelsF;
            _predictions = (T[])(object)d.PredictionsF;
            _scores = (T[])(object)d.ScoresF;
            _weights = (T[])(object)d.WeightsF;
        }
        else
        {
            _labels = (T[])(object)d.Labels;
            _predictions = (T[])(object)d.Predictions;
            _scores = (T[])(object)d.Scores;
            _weights = (T[])(object)d.Weights;
        }
    }

    [Benchmark(Baseline = true)]
    public double Roofline() => typeof(T) == typeof(float)
        ? TensorPrimitives.Dot(F(_labels), F(_predictions))
        : TensorPrimitives.Dot(D(_labels), D(_predictions));

    [Benchmark]
    public double MeanSquaredError() => typeof(T) == typeof(float)
        ? new MeanSquaredError().Update(F(_labels), F(_predictions), MaskOrNull, FOrNull(WeightsOrNull)).Compute()
        : new MeanSquaredError().Update(D(_labels), D(_predictions), MaskOrNull, DOrNull(WeightsOrNull)).Compute();

    [Benchmark]
    public double MeanAbsoluteError() => typeof(T) == typeof(float)
        ? new MeanAbsoluteError().Update(F(_labels), F(_predictions), MaskOrNull, FOrNull(WeightsOrNull)).Compute()
        : new MeanAbsoluteError().Update(D(_labels), D(_predictions), MaskOrNull, DOrNull(WeightsOrNull)).Compute();

    [Benchmark]
    public double Accuracy() => typeof(T) == typeof(float)
        ? new Accuracy(0.5).Update(_classes, F(_scores), MaskOrNull, FOrNull(WeightsOrNull)).Compute()
        : new Accuracy(0.5).Update(_classes, D(_scores), MaskOrNull, DOrNull(WeightsOrNull)).Compute();

    [Benchmark]
    public double Precision() => typeof(T) == typeof(float)
        ? new Precision(0.5).Update(_classes, F(_scores), MaskOrNull, FOrNull(WeightsOrNull)).Compute()
        : new Precision(0.5).Update(_classes, D(_scores), MaskOrNull, DOrNull(WeightsOrNull)).Compute();

    [Benchmark]
    public double Average() => typeof(T) == typeof(float)
        ? new Average().Update(F(_predictions), MaskOrNull, FOrNull(WeightsOrNull)).Compute()
        : new Average().Update(D(_predictions), MaskOrNull, DOrNull(WeightsOrNull)).Compute();

    [Benchmark(Description = "HuberLoss (custom)")]
    public double HuberLoss() => typeof(T) == typeof(float)
        ? new HuberLoss().Update(F(_labels), F(_predictions), MaskOrNull, FOrNull(WeightsOrNull)).Compute()
        : new HuberLoss().Update(D(_labels), D(_predictions), MaskOrNull, DOrNull(WeightsOrNull)).Compute();

    private static float[] F(T[] array) => Unsafe.As<float[]>(array);

    private static double[] D(T[] array) => Unsafe.As<double[]>(array);

    private static float[]? FOrNull(T[]? array) => array is null ? null : Unsafe.As<float[]>(array);

    private static double[]? DOrNull(T[]? array) => array is null ? null : Unsafe.As<double[]>(array);
}
