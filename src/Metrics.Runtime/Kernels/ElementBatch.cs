namespace Metrics.Kernels;

/// <summary>
/// A validated batch of (label, prediction) pairs or of values: labels and predictions of equal length, a mask and
/// weights each either as long as the batch or empty. Empty is the only "absent" the kernel knows; the flags of the
/// generated overloads (<c>hasMask</c>, <c>hasWeights</c>) stop at <see cref="MetricUpdate"/>, which builds it.
/// </summary>
/// <typeparam name="TLabel">The label type (unused, and empty, for value batches).</typeparam>
/// <typeparam name="TPrediction">The prediction (value) type.</typeparam>
/// <typeparam name="TWeight">The weight type.</typeparam>
public readonly ref struct ElementBatch<TLabel, TPrediction, TWeight>
{
    internal ElementBatch(ReadOnlySpan<TLabel> labels, ReadOnlySpan<TPrediction> predictions, ReadOnlySpan<bool> mask, ReadOnlySpan<TWeight> weights)
    {
        Labels = labels;
        Predictions = predictions;
        Mask = mask;
        Weights = weights;
    }

    /// <summary>The labels; empty for a batch of values.</summary>
    public ReadOnlySpan<TLabel> Labels { get; }

    /// <summary>The predictions, or the values of a value batch.</summary>
    public ReadOnlySpan<TPrediction> Predictions { get; }

    /// <summary>Which elements to include, or empty for all.</summary>
    public ReadOnlySpan<bool> Mask { get; }

    /// <summary>The sample weights, or empty for none.</summary>
    public ReadOnlySpan<TWeight> Weights { get; }
}
