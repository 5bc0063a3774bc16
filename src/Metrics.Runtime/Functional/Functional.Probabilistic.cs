namespace Metrics;

public static partial class Functional
{
    /// <summary>
    /// TF.js <c>binaryCrossentropy</c> / Keras <c>binary_crossentropy</c>: per sample, the mean over the last axis of
    /// −[y·log p + (1 − y)·log(1 − p)] with p clipped to [1e-7, 1 − 1e-7]. As TF.js and Keras 2 compute it, the clipped
    /// probability is turned into a logit and fed to the stable sigmoid cross-entropy (the stateful
    /// <see cref="Metrics.BinaryCrossentropy"/> with <c>FromLogits</c>); Keras 3's metric adds ε inside the logarithm
    /// instead, which differs at the clip (16.118 here and in TF.js, 15.425 in Keras 3 for y = 1, p = 0).
    /// </summary>
    /// <param name="yTrue">Labels in [0, 1], row-major.</param>
    /// <param name="yPred">Probabilities (or logits with <paramref name="fromLogits"/>), same shape.</param>
    /// <param name="lastAxis">The length of the last axis (the whole length for a 1-D input).</param>
    /// <param name="fromLogits">Whether <paramref name="yPred"/> holds logits.</param>
    public static double[] BinaryCrossentropy(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int lastAxis, bool fromLogits = false) =>
        PerSample(yTrue, yPred, lastAxis, lastAxis, (t, p) => BinaryCrossentropyOf(t, p, fromLogits));

    /// <summary>
    /// <see cref="BinaryCrossentropy(ReadOnlySpan{double}, ReadOnlySpan{double}, int, bool)"/> on float32 data, clipped in
    /// float32 as TF.js and Keras do: 1 − 1e-7 rounds to 1 − 2⁻²³, so y = 0, p = 1 gives 15.942385 (TF.js's test value)
    /// where double clipping gives 16.118096.
    /// </summary>
    /// <param name="yTrue">Labels in [0, 1], row-major.</param>
    /// <param name="yPred">Probabilities, same shape.</param>
    /// <param name="lastAxis">The length of the last axis (the whole length for a 1-D input).</param>
    public static double[] BinaryCrossentropy(ReadOnlySpan<float> yTrue, ReadOnlySpan<float> yPred, int lastAxis)
    {
        var labels = new double[yTrue.Length];
        var clipped = new double[yPred.Length];
        for (var i = 0; i < yPred.Length; i++)
        {
            clipped[i] = Math.Clamp(yPred[i], (float)KerasEpsilon, 1f - (float)KerasEpsilon);
        }

        TensorPrimitives.ConvertChecked<float, double>(yTrue, labels);
        return BinaryCrossentropy(labels, clipped, lastAxis);
    }

    /// <summary>TF.js <c>binaryCrossentropy</c> on tensors.</summary>
    /// <param name="yTrue">Labels in [0, 1].</param>
    /// <param name="yPred">Probabilities, same shape.</param>
    public static Tensor<double> BinaryCrossentropy(Tensor<double> yTrue, Tensor<double> yPred) =>
        PerSample(yTrue, yPred, sparseLabels: false, (t, p) => BinaryCrossentropyOf(t, p, fromLogits: false));

    /// <summary>
    /// TF.js <c>categoricalCrossentropy</c> / Keras <c>categorical_crossentropy</c>: per sample, −Σ y·log p over the
    /// class row (rows rescaled to sum 1 and clipped at 1e-7 unless <paramref name="fromLogits"/>).
    /// </summary>
    /// <param name="yTrue">Label rows (one-hot or soft).</param>
    /// <param name="yPred">Probability rows, same shape.</param>
    /// <param name="classes">The row length.</param>
    /// <param name="fromLogits">Whether <paramref name="yPred"/> holds logits.</param>
    public static double[] CategoricalCrossentropy(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int classes, bool fromLogits = false) =>
        PerSample(yTrue, yPred, classes, classes, (t, p) => new CategoricalCrossentropy { FromLogits = fromLogits }.Update(t, p, p.Length).Compute());

    /// <summary>TF.js <c>categoricalCrossentropy</c> on tensors.</summary>
    /// <param name="yTrue">Label rows.</param>
    /// <param name="yPred">Probability rows, same shape.</param>
    public static Tensor<double> CategoricalCrossentropy(Tensor<double> yTrue, Tensor<double> yPred) =>
        PerSample(yTrue, yPred, sparseLabels: false, (t, p) => new CategoricalCrossentropy().Update(t, p, p.Length).Compute());

    /// <summary>
    /// Keras <c>sparse_categorical_crossentropy</c>: per sample, −log p[label] (rows rescaled to sum 1 and clipped at
    /// 1e-7 unless <paramref name="fromLogits"/>).
    /// </summary>
    /// <param name="yTrue">One class index per row.</param>
    /// <param name="yPred">Probability rows.</param>
    /// <param name="classes">The row length.</param>
    /// <param name="fromLogits">Whether <paramref name="yPred"/> holds logits.</param>
    /// <exception cref="ArgumentException">A label is not a whole number in [0, classes).</exception>
    public static double[] SparseCategoricalCrossentropy(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int classes, bool fromLogits = false) =>
        PerSample(yTrue, yPred, classes, 1, (t, p) => new SparseCategoricalCrossentropy { FromLogits = fromLogits }.Update(ClassIndices(t, "yTrue"), p, p.Length).Compute());

    /// <summary>
    /// Keras 2 <c>top_k_categorical_accuracy</c>: per sample, 1 when the class of the one-hot label is among the k
    /// highest scores (TensorFlow's <c>in_top_k</c>: fewer than k scores strictly greater, so ties at the boundary count).
    /// </summary>
    /// <param name="yTrue">One-hot label rows.</param>
    /// <param name="yPred">Score rows, same shape.</param>
    /// <param name="classes">The row length.</param>
    /// <param name="k">How many top scores count (5).</param>
    public static double[] TopKCategoricalAccuracy(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int classes, int k = 5) =>
        PerSample(yTrue, yPred, classes, classes, (t, p) => new TopKCategoricalAccuracy(k).Update(t, p, p.Length).Compute());

    /// <summary>Keras 2 <c>sparse_top_k_categorical_accuracy</c>: as <see cref="TopKCategoricalAccuracy(ReadOnlySpan{double}, ReadOnlySpan{double}, int, int)"/> with integer labels.</summary>
    /// <param name="yTrue">One class index per row.</param>
    /// <param name="yPred">Score rows.</param>
    /// <param name="classes">The row length.</param>
    /// <param name="k">How many top scores count (5).</param>
    public static double[] SparseTopKCategoricalAccuracy(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int classes, int k = 5) =>
        PerSample(yTrue, yPred, classes, 1, (t, p) => new SparseTopKCategoricalAccuracy(k).Update(ClassIndices(t, "yTrue"), p, p.Length).Compute());

    private static double BinaryCrossentropyOf(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, bool fromLogits)
    {
        var metric = new BinaryCrossentropy { FromLogits = true };
        if (fromLogits)
        {
            return metric.Update(labels, predictions).Compute();
        }

        Span<double> logits = predictions.Length <= 256 ? stackalloc double[predictions.Length] : new double[predictions.Length];
        for (var i = 0; i < predictions.Length; i++)
        {
            var p = Math.Clamp(predictions[i], KerasEpsilon, 1 - KerasEpsilon);
            logits[i] = Math.Log(p / (1 - p));
        }

        return metric.Update(labels, logits).Compute();
    }
}
