using System;
using System.Numerics.Tensors;

namespace Metrics;

public static partial class Functional
{
    /// <summary>TF.js <c>meanAbsoluteError</c> / Keras <c>mean_absolute_error</c>: per sample, mean |yPred − yTrue| over the last axis.</summary>
    /// <param name="yTrue">Targets, row-major.</param>
    /// <param name="yPred">Predictions, same shape.</param>
    /// <param name="lastAxis">The length of the last axis (the whole length for a 1-D input).</param>
    public static double[] MeanAbsoluteError(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int lastAxis) =>
        PerSample(yTrue, yPred, lastAxis, lastAxis, MeanAbsoluteErrorOf);

    /// <summary>TF.js <c>meanAbsoluteError</c> on tensors.</summary>
    /// <param name="yTrue">Targets.</param>
    /// <param name="yPred">Predictions, same shape.</param>
    public static Tensor<double> MeanAbsoluteError(Tensor<double> yTrue, Tensor<double> yPred) =>
        PerSample(yTrue, yPred, sparseLabels: false, MeanAbsoluteErrorOf);

    /// <summary>TF.js <c>meanSquaredError</c> / Keras <c>mean_squared_error</c>: per sample, mean (yPred − yTrue)² over the last axis.</summary>
    /// <param name="yTrue">Targets, row-major.</param>
    /// <param name="yPred">Predictions, same shape.</param>
    /// <param name="lastAxis">The length of the last axis (the whole length for a 1-D input).</param>
    public static double[] MeanSquaredError(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int lastAxis) =>
        PerSample(yTrue, yPred, lastAxis, lastAxis, MeanSquaredErrorOf);

    /// <summary>TF.js <c>meanSquaredError</c> on tensors.</summary>
    /// <param name="yTrue">Targets.</param>
    /// <param name="yPred">Predictions, same shape.</param>
    public static Tensor<double> MeanSquaredError(Tensor<double> yTrue, Tensor<double> yPred) =>
        PerSample(yTrue, yPred, sparseLabels: false, MeanSquaredErrorOf);

    /// <summary>
    /// Keras <c>mean_squared_logarithmic_error</c>: per sample, mean (log1p(yPred) − log1p(yTrue))² over the last axis,
    /// with both clipped below at Keras's epsilon 1e-7 first (so negative values count as 1e-7).
    /// </summary>
    /// <param name="yTrue">Targets, row-major.</param>
    /// <param name="yPred">Predictions, same shape.</param>
    /// <param name="lastAxis">The length of the last axis (the whole length for a 1-D input).</param>
    public static double[] MeanSquaredLogarithmicError(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int lastAxis) =>
        PerSample(yTrue, yPred, lastAxis, lastAxis, MeanSquaredLogErrorOf);

    private static double MeanAbsoluteErrorOf(ReadOnlySpan<double> t, ReadOnlySpan<double> p) => new MeanAbsoluteError().Update(t, p).Compute();

    private static double MeanSquaredErrorOf(ReadOnlySpan<double> t, ReadOnlySpan<double> p) => new MeanSquaredError().Update(t, p).Compute();

    private static double MeanSquaredLogErrorOf(ReadOnlySpan<double> t, ReadOnlySpan<double> p)
    {
        Span<double> clippedTrue = t.Length <= 256 ? stackalloc double[t.Length] : new double[t.Length];
        Span<double> clippedPred = p.Length <= 256 ? stackalloc double[p.Length] : new double[p.Length];
        TensorPrimitives.Max(t, KerasEpsilon, clippedTrue);
        TensorPrimitives.Max(p, KerasEpsilon, clippedPred);
        return new MeanSquaredLogError().Update(clippedTrue, clippedPred).Compute();
    }
}
