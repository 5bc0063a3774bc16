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

    /// <summary>
    /// TF.js <c>meanAbsolutePercentageError</c> / Keras <c>mean_absolute_percentage_error</c>: per sample,
    /// 100 · mean(|yTrue − yPred| / max(|yTrue|, 1e-7)) over the last axis (a percentage, not scikit-learn's fraction).
    /// </summary>
    /// <param name="yTrue">Targets, row-major.</param>
    /// <param name="yPred">Predictions, same shape.</param>
    /// <param name="lastAxis">The length of the last axis (the whole length for a 1-D input).</param>
    public static double[] MeanAbsolutePercentageError(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int lastAxis) =>
        PerSample(yTrue, yPred, lastAxis, lastAxis, MeanAbsolutePercentageErrorOf);

    /// <summary>TF.js <c>meanAbsolutePercentageError</c> on tensors.</summary>
    /// <param name="yTrue">Targets.</param>
    /// <param name="yPred">Predictions, same shape.</param>
    public static Tensor<double> MeanAbsolutePercentageError(Tensor<double> yTrue, Tensor<double> yPred) =>
        PerSample(yTrue, yPred, sparseLabels: false, MeanAbsolutePercentageErrorOf);

    /// <summary>
    /// TF.js <c>cosineProximity</c>: per sample, the <b>negative</b> cosine similarity of the label and prediction rows
    /// along the last axis (Keras's <c>cosine_similarity</c> metric is the positive one: <see cref="CosineSimilarity"/>).
    /// Norms are floored as <see cref="CosineSimilarity"/> does (Keras's √1e-12).
    /// </summary>
    /// <param name="yTrue">Label rows.</param>
    /// <param name="yPred">Prediction rows, same shape.</param>
    /// <param name="lastAxis">The row length.</param>
    public static double[] CosineProximity(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int lastAxis) =>
        PerSample(yTrue, yPred, lastAxis, lastAxis, CosineProximityOf);

    /// <summary>TF.js <c>cosineProximity</c> on tensors.</summary>
    /// <param name="yTrue">Label rows.</param>
    /// <param name="yPred">Prediction rows, same shape.</param>
    public static Tensor<double> CosineProximity(Tensor<double> yTrue, Tensor<double> yPred) =>
        PerSample(yTrue, yPred, sparseLabels: false, CosineProximityOf);

    /// <summary>
    /// TF.js <c>r2Score</c>: one scalar over <b>all</b> elements (flattened, a single global mean):
    /// 1 − Σ(y − p)² / Σ(y − mean(y))². By default a constant target does not divide by zero: it follows
    /// <see cref="R2Score"/>'s scikit-learn <c>force_finite</c> rule (1 for a perfect prediction, else 0).
    /// <paramref name="forceFinite"/> false divides as TF.js does: −∞, or NaN for a perfect prediction (0/0).
    /// </summary>
    /// <param name="yTrue">Targets, any shape (flattened).</param>
    /// <param name="yPred">Predictions, same shape.</param>
    /// <param name="forceFinite">scikit-learn's rule for a constant target (true, the default) or TF.js' division (false).</param>
    public static double R2Score(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, bool forceFinite = true)
    {
        SameLength(yTrue, yPred);
        var metric = new R2Score().Update(yTrue, yPred);
        if (!forceFinite && metric.Count > 0
            && NumericRange.IsConstant(metric.TotalSquares, Math.Max(Math.Abs(metric.Shift), Math.Abs(metric.Shift + metric.ShiftedMean))))
        {
            return metric.ResidualSquares == 0 ? double.NaN : double.NegativeInfinity;
        }

        return metric.Compute();
    }

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

    private static double MeanAbsolutePercentageErrorOf(ReadOnlySpan<double> t, ReadOnlySpan<double> p) =>
        new MeanAbsolutePercentageError().Update(t, p).Compute();

    private static double CosineProximityOf(ReadOnlySpan<double> t, ReadOnlySpan<double> p) =>
        -new CosineSimilarity().Update(t, p, t.Length).Compute();
}
