namespace Metrics;

/// <summary>
/// The D² pinball score, as scikit-learn's <c>d2_pinball_score</c> (α = 0.5: <c>d2_absolute_error_score</c>):
/// 1 − L(y, ŷ) / L(y, q) with L the (weighted) mean pinball loss of <see cref="Alpha"/> and q the α-quantile of the
/// targets. Exact from every kept sample, merged by concatenation. As scikit-learn: NaN with fewer than two samples (a
/// single row of weight ≥ 2 counts as that many copies); a zero numerator gives 1, a zero denominator otherwise 0.
/// scikit-learn takes q with <c>np.percentile</c> without weights and with its lower weighted percentile with weights:
/// <see cref="Quantile"/> chooses.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct D2PinballScore
{
    /// <summary>The quantile α in [0, 1] (scikit-learn's <c>alpha</c>, default 0.5).</summary>
    [Parameter(Min = 0, Max = 1)] public double Alpha { get; init; } = 0.5;

    /// <summary>How the targets' α-quantile is taken (default <see cref="QuantileMethod.Linear"/>).</summary>
    [Parameter] public QuantileMethod Quantile { get; init; } = QuantileMethod.Linear;

    /// <summary>Every kept (prediction, target, weight) sample.</summary>
    [Append] public SampleBuffer Samples;

    private static D2PinballScore Update(double label, double prediction) =>
        new() { Samples = SampleBuffer.Of(prediction, label) };

    /// <summary>The D² score, or NaN with fewer than two samples.</summary>
    public readonly double Compute()
    {
        if (WeightedSamples.FewerThanTwo(Samples) || !WeightedSamples.TryRead(Samples, out var labels, out var predictions, out var weights))
        {
            return double.NaN;
        }

        double loss = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            loss += weights[i] * Pinball.Loss(labels[i], predictions[i], Alpha);
        }

        var sorted = (double[])labels.Clone();
        var sortedWeights = (double[])weights.Clone();
        var quantile = WeightedSamples.Quantile(sorted, sortedWeights, Alpha, Quantile);
        double nullLoss = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            nullLoss += weights[i] * Pinball.Loss(labels[i], quantile, Alpha);
        }

        return loss == 0 ? 1.0 : nullLoss == 0 ? 0.0 : 1 - (loss / nullLoss);
    }
}
