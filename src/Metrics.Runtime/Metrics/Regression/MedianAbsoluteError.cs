namespace Metrics;

/// <summary>
/// The median absolute error, as scikit-learn's <c>median_absolute_error</c>: the median of |y − ŷ|, exact from every
/// kept sample, merged by concatenation. scikit-learn takes <c>np.median</c> without weights and its lower weighted
/// percentile with weights: <see cref="Quantile"/> chooses (the default, <see cref="QuantileMethod.Linear"/>, counts a
/// weight as copies). NaN when empty; a NaN input propagates.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct MedianAbsoluteError
{
    /// <summary>How the median is taken (default <see cref="QuantileMethod.Linear"/>, <c>np.median</c>).</summary>
    [Parameter] public QuantileMethod Quantile { get; init; } = QuantileMethod.Linear;

    /// <summary>Every kept (prediction, target, weight) sample.</summary>
    [Append] public SampleBuffer Samples;

    private static MedianAbsoluteError Update(double label, double prediction) =>
        new() { Samples = SampleBuffer.Of(prediction, label) };

    /// <summary>The median absolute error, or NaN when empty.</summary>
    public readonly double Compute()
    {
        if (Samples.Count == 0 || !WeightedSamples.TryRead(Samples, out var labels, out var predictions, out var weights))
        {
            return double.NaN;
        }

        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = Math.Abs(labels[i] - predictions[i]);
        }

        return WeightedSamples.Quantile(labels, weights, 0.5, Quantile);
    }
}
