namespace Metrics;

public static partial class Functional
{
    /// <summary>
    /// TF.js <c>binaryAccuracy</c> / Keras <c>binary_accuracy</c>: per sample, the fraction of the last axis where
    /// <c>yPred &gt; threshold</c> (strict, as TF.js's implementation) matches <c>yTrue</c> (0 or 1).
    /// </summary>
    /// <param name="yTrue">Labels, 0 or 1, row-major.</param>
    /// <param name="yPred">Probabilities, same shape.</param>
    /// <param name="lastAxis">The length of the last axis (the whole length for a 1-D input).</param>
    /// <param name="threshold">The decision threshold (0.5).</param>
    public static double[] BinaryAccuracy(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int lastAxis, double threshold = 0.5) =>
        PerSample(yTrue, yPred, lastAxis, lastAxis, (t, p) => BinaryAccuracyOf(t, p, threshold));

    /// <summary>TF.js <c>binaryAccuracy</c> on tensors: one value per sample (one value for a 1-D input).</summary>
    /// <param name="yTrue">Labels, 0 or 1.</param>
    /// <param name="yPred">Probabilities, same shape.</param>
    /// <param name="threshold">The decision threshold (0.5).</param>
    public static Tensor<double> BinaryAccuracy(Tensor<double> yTrue, Tensor<double> yPred, double threshold = 0.5) =>
        PerSample(yTrue, yPred, sparseLabels: false, (t, p) => BinaryAccuracyOf(t, p, threshold));

    /// <summary>
    /// TF.js <c>categoricalAccuracy</c> / Keras <c>categorical_accuracy</c>: per sample, 1 when the argmax of the
    /// prediction row equals the argmax of the one-hot label row (ties: lowest index), else 0.
    /// </summary>
    /// <param name="yTrue">One-hot label rows.</param>
    /// <param name="yPred">Score rows, same shape.</param>
    /// <param name="classes">The row length.</param>
    public static double[] CategoricalAccuracy(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int classes) =>
        PerSample(yTrue, yPred, classes, classes, CategoricalAccuracyOf);

    /// <summary>TF.js <c>categoricalAccuracy</c> on tensors.</summary>
    /// <param name="yTrue">One-hot label rows.</param>
    /// <param name="yPred">Score rows, same shape.</param>
    public static Tensor<double> CategoricalAccuracy(Tensor<double> yTrue, Tensor<double> yPred) =>
        PerSample(yTrue, yPred, sparseLabels: false, CategoricalAccuracyOf);

    /// <summary>
    /// TF.js <c>sparseCategoricalAccuracy</c> / Keras <c>sparse_categorical_accuracy</c>: per sample, 1 when the
    /// argmax of the prediction row (ties: lowest index) equals the integer label, else 0.
    /// </summary>
    /// <param name="yTrue">One class index per row.</param>
    /// <param name="yPred">Score rows.</param>
    /// <param name="classes">The row length.</param>
    /// <exception cref="ArgumentException">A label is not a whole number in [0, classes).</exception>
    public static double[] SparseCategoricalAccuracy(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred, int classes) =>
        PerSample(yTrue, yPred, classes, 1, SparseCategoricalAccuracyOf);

    /// <summary>TF.js <c>sparseCategoricalAccuracy</c> on tensors: labels of shape <c>[..]</c> or <c>[.., 1]</c>.</summary>
    /// <param name="yTrue">Class indices.</param>
    /// <param name="yPred">Score rows.</param>
    public static Tensor<double> SparseCategoricalAccuracy(Tensor<double> yTrue, Tensor<double> yPred) =>
        PerSample(yTrue, yPred, sparseLabels: true, SparseCategoricalAccuracyOf);

    private static double BinaryAccuracyOf(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, double threshold) =>
        new Accuracy(threshold).Update(ClassIndices(labels, "yTrue"), predictions).Compute();

    private static double CategoricalAccuracyOf(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions) =>
        new Accuracy().Update([TensorPrimitives.IndexOfMax(labels)], predictions, predictions.Length).Compute();

    private static double SparseCategoricalAccuracyOf(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions) =>
        new Accuracy().Update(ClassIndices(labels, "yTrue"), predictions, predictions.Length).Compute();
}
