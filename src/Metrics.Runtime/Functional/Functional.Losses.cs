namespace Metrics;

public static partial class Functional
{
    /// <summary>
    /// Keras 2 <c>hinge</c>: per sample, mean max(1 − y·p, 0) over the last axis; a label 0 is the negative class −1
    /// (the stateful <see cref="Metrics.Hinge"/>'s per-element rule).
    /// </summary>
    /// <param name="yTrue">Labels −1/+1 or 0/1, row-major.</param>
    /// <param name="yPred">Predictions, same shape.</param>
    /// <param name="lastAxis">The length of the last axis (the whole length for a 1-D input).</param>
    public static double[] Hinge(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int lastAxis) =>
        PerSample(yTrue, yPred, lastAxis, lastAxis, static (t, p) => new Hinge().Update(t, p).Compute());

    /// <summary>Keras 2 <c>squared_hinge</c>: per sample, mean max(1 − y·p, 0)² over the last axis (labels as <see cref="Hinge(ReadOnlySpan{double}, ReadOnlySpan{double}, int)"/>).</summary>
    /// <param name="yTrue">Labels −1/+1 or 0/1, row-major.</param>
    /// <param name="yPred">Predictions, same shape.</param>
    /// <param name="lastAxis">The length of the last axis (the whole length for a 1-D input).</param>
    public static double[] SquaredHinge(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int lastAxis) =>
        PerSample(yTrue, yPred, lastAxis, lastAxis, static (t, p) => new SquaredHinge().Update(t, p).Compute());

    /// <summary>Keras 2 <c>categorical_hinge</c>: per sample, max(max((1 − y)·p) − Σ y·p + 1, 0) over the class row.</summary>
    /// <param name="yTrue">One-hot label rows.</param>
    /// <param name="yPred">Prediction rows, same shape.</param>
    /// <param name="classes">The row length.</param>
    public static double[] CategoricalHinge(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int classes) =>
        PerSample(yTrue, yPred, classes, classes, static (t, p) => new CategoricalHinge().Update(t, p, p.Length).Compute());

    /// <summary>Keras 2 <c>logcosh</c>: per sample, mean log(cosh(p − y)) over the last axis.</summary>
    /// <param name="yTrue">Targets, row-major.</param>
    /// <param name="yPred">Predictions, same shape.</param>
    /// <param name="lastAxis">The length of the last axis (the whole length for a 1-D input).</param>
    public static double[] LogCosh(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int lastAxis) =>
        PerSample(yTrue, yPred, lastAxis, lastAxis, static (t, p) => new LogCoshError().Update(t, p).Compute());

    /// <summary>
    /// Keras <c>huber</c>: per sample, the mean over the last axis of 0.5·e² where |e| ≤ <paramref name="delta"/>, else
    /// delta·(|e| − 0.5·delta), with e = p − y.
    /// </summary>
    /// <param name="yTrue">Targets, row-major.</param>
    /// <param name="yPred">Predictions, same shape.</param>
    /// <param name="lastAxis">The length of the last axis (the whole length for a 1-D input).</param>
    /// <param name="delta">Where the loss turns from quadratic to linear (&gt; 0; Keras' default 1).</param>
    public static double[] Huber(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int lastAxis, double delta = 1.0)
    {
        var metric = new Huber(delta: delta);
        return PerSample(yTrue, yPred, lastAxis, lastAxis, (t, p) => metric.Empty().Update(t, p).Compute());
    }

    /// <summary>
    /// Keras 2 <c>kullback_leibler_divergence</c> (<c>kld</c>): per sample, Σ y·log(y / p) over the last axis with both
    /// clipped to [1e-7, 1] (the stateful <see cref="KLDivergence"/> on one row).
    /// </summary>
    /// <param name="yTrue">Label rows (distributions).</param>
    /// <param name="yPred">Predicted rows, same shape.</param>
    /// <param name="lastAxis">The row length.</param>
    public static double[] KLDivergence(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int lastAxis) =>
        PerSample(yTrue, yPred, lastAxis, lastAxis, static (t, p) => new KLDivergence().Update(t, p, p.Length).Compute());

    /// <summary>Keras 2 <c>poisson</c>: per sample, mean p − y·log(p + 1e-7) over the last axis.</summary>
    /// <param name="yTrue">Targets (counts), row-major.</param>
    /// <param name="yPred">Predicted rates, same shape.</param>
    /// <param name="lastAxis">The length of the last axis (the whole length for a 1-D input).</param>
    public static double[] Poisson(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int lastAxis) =>
        PerSample(yTrue, yPred, lastAxis, lastAxis, static (t, p) => new Poisson().Update(t, p).Compute());

    /// <summary>
    /// Keras 2 <c>keras.metrics.cosine_proximity</c> (aliases <c>cosine</c>, <c>cosine_similarity</c>): per sample, the
    /// <b>positive</b> cosine similarity of the rows along the last axis. TF.js' <c>cosineProximity</c> and Keras 2's
    /// loss of the same name are its negative: <see cref="CosineProximity(ReadOnlySpan{double}, ReadOnlySpan{double}, int)"/>.
    /// </summary>
    /// <param name="yTrue">Label rows.</param>
    /// <param name="yPred">Prediction rows, same shape.</param>
    /// <param name="lastAxis">The row length.</param>
    public static double[] CosineSimilarity(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int lastAxis) =>
        PerSample(yTrue, yPred, lastAxis, lastAxis, static (t, p) => -CosineProximityOf(t, p));
}
