namespace Metrics.Kernels;

/// <summary>
/// The flat spans of a batch given as tensors whose shapes were checked (see <see cref="TensorInput.Pairs"/>,
/// <see cref="TensorInput.Values"/>); dispose to return the pooled copies of strided tensors.
/// </summary>
/// <typeparam name="TLabel">The label type (empty for a batch of values).</typeparam>
/// <typeparam name="TPrediction">The prediction (value) type.</typeparam>
/// <typeparam name="TWeight">The weight type.</typeparam>
public ref struct TensorBatch<TLabel, TPrediction, TWeight>
{
    private TensorInput.Lease<TLabel> _labels;
    private TensorInput.Lease<TPrediction> _predictions;
    private TensorInput.Lease<bool> _mask;
    private TensorInput.Lease<TWeight> _weights;

    internal TensorBatch(TensorInput.Lease<TLabel> labels, TensorInput.Lease<TPrediction> predictions, TensorInput.Lease<bool> mask, TensorInput.Lease<TWeight> weights)
    {
        _labels = labels;
        _predictions = predictions;
        _mask = mask;
        _weights = weights;
    }

    /// <summary>The labels, row-major.</summary>
    public readonly ReadOnlySpan<TLabel> Labels => _labels.Span;

    /// <summary>The predictions (values), row-major.</summary>
    public readonly ReadOnlySpan<TPrediction> Predictions => _predictions.Span;

    /// <summary>The mask, row-major (empty when absent).</summary>
    public readonly ReadOnlySpan<bool> Mask => _mask.Span;

    /// <summary>The weights, row-major (empty when absent).</summary>
    public readonly ReadOnlySpan<TWeight> Weights => _weights.Span;

    /// <summary>Returns the pooled copies, if any were made.</summary>
    public void Dispose()
    {
        _labels.Dispose();
        _predictions.Dispose();
        _mask.Dispose();
        _weights.Dispose();
    }
}
