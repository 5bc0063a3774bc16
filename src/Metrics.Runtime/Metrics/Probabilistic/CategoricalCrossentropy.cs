namespace Metrics;

/// <summary>
/// The mean categorical cross-entropy per row, as Keras' <c>CategoricalCrossentropy</c> metric:
/// <c>−Σ_c y_c·log p_c</c>. Probability rows are rescaled to sum 1 and clipped to <c>[1e-7, 1 − 1e-7]</c> (in the
/// input's precision); logit rows use the log-softmax. Label smoothing replaces y by <c>y·(1 − s) + s/C</c>. Label
/// rows may be soft. NaN when empty (Keras: 0); a NaN prediction propagates.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct CategoricalCrossentropy
{
    /// <summary>Whether predictions are logits (true) or probabilities (false, the default).</summary>
    [Parameter] public bool FromLogits { get; init; } = false;

    /// <summary>The label smoothing s in [0, 1].</summary>
    [Parameter(Min = 0, Max = 1)] public double LabelSmoothing { get; init; } = 0.0;

    [MeanOf] private static double Loss<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> predictions, bool fromLogits, double labelSmoothing)
        where T : INumber<T>
    {
        var smoothing = labelSmoothing / labels.Length;
        var loss = 0.0;
        for (var c = 0; c < labels.Length; c++)
        {
            var y = (double.CreateTruncating(labels[c]) * (1 - labelSmoothing)) + smoothing;
            loss -= y * CrossEntropyRow.LogProbability(predictions, c, fromLogits);
        }

        return loss;
    }
}
