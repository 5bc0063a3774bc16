namespace Metrics;

/// <summary>
/// The stateless metric functions of Keras 2 (<c>keras.metrics.binary_accuracy</c>, ...) and TF.js
/// (<c>tf.metrics.binaryAccuracy</c>, ...), with the same inputs and outputs: per-sample values (the metric over the
/// last axis of each sample) where they return them, one scalar where they do. Each is the matching stateful metric
/// updated with one sample (or the whole batch for the scalar ones), so the two APIs cannot disagree.
/// </summary>
/// <remarks>
/// Span overloads take row-major data and the length of the last axis; tensor overloads take the shapes as
/// TF.js does and return a tensor of one rank less (a 1-D input gives a one-element 1-D tensor: System.Numerics.Tensors
/// has no rank-0 tensors).
/// </remarks>
public static partial class Functional
{
    /// <summary>Keras's and TF.js's fuzz factor <c>epsilon()</c> for float32.</summary>
    public const double KerasEpsilon = 1e-7;

    /// <summary>One sample's metric: the rows of labels and predictions of one sample.</summary>
    private delegate double SampleMetric(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions);

    // Runs a metric over each sample (a run of lastAxis values); the labels of a sample are labelsPerSample long.
    private static double[] PerSample(
        ReadOnlySpan<double> labels,
        ReadOnlySpan<double> predictions,
        int lastAxis,
        int labelsPerSample,
        SampleMetric metric)
    {
        if (lastAxis <= 0 || predictions.Length % lastAxis != 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(lastAxis),
                lastAxis,
                $"lastAxis must be a positive divisor of the {predictions.Length} predictions.");
        }

        var samples = predictions.Length / lastAxis;
        if (labels.Length != samples * labelsPerSample)
        {
            throw new ArgumentException(
                $"yTrue has {labels.Length} values but yPred has {samples} samples of {lastAxis}: {samples * labelsPerSample} labels expected.",
                "yTrue");
        }

        var values = new double[samples];
        for (var s = 0; s < samples; s++)
        {
            values[s] = metric(labels.Slice(s * labelsPerSample, labelsPerSample), predictions.Slice(s * lastAxis, lastAxis));
        }

        return values;
    }

    private static Tensor<double> PerSample(Tensor<double> yTrue, Tensor<double> yPred, bool sparseLabels, SampleMetric metric)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        var shape = yPred.Lengths;
        if (shape.Length == 0)
        {
            throw new ArgumentException("yPred must have at least one axis.", nameof(yPred));
        }

        var expected = sparseLabels ? shape[..^1] : shape;
        var trueShape = yTrue.Lengths;
        var sameShape = trueShape.SequenceEqual(expected)
            || (sparseLabels && trueShape.Length == shape.Length && trueShape[^1] == 1 && trueShape[..^1].SequenceEqual(expected));
        if (!sameShape)
        {
            throw new ArgumentException(
                $"yTrue has shape [{string.Join(", ", trueShape.ToArray())}] but yPred has shape [{string.Join(", ", shape.ToArray())}].",
                nameof(yTrue));
        }

        var values = PerSample(Flatten(yTrue), Flatten(yPred), (int)shape[^1], sparseLabels ? 1 : (int)shape[^1], metric);
        // System.Numerics.Tensors has no rank-0 tensor: a 1-D input's scalar comes back as a one-element 1-D tensor.
        return shape.Length == 1 ? Tensor.Create(values, [1]) : Tensor.Create(values, shape[..^1]);
    }

    private static double[] Flatten(Tensor<double> tensor)
    {
        var values = new double[tensor.FlattenedLength];
        tensor.FlattenTo(values);
        return values;
    }

    private static int[] ClassIndices(ReadOnlySpan<double> labels, string argument)
    {
        var indices = new int[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            if (label != Math.Floor(label) || label < 0 || label > int.MaxValue)
            {
                throw new ArgumentException($"{argument}[{i}] = {label} is not a class index.", argument);
            }

            indices[i] = (int)label;
        }

        return indices;
    }

    private static void SameLength(ReadOnlySpan<double> yTrue, ReadOnlySpan<double> yPred)
    {
        if (yTrue.Length != yPred.Length)
        {
            throw new ArgumentException($"yTrue has {yTrue.Length} values but yPred has {yPred.Length}.", nameof(yTrue));
        }
    }
}
