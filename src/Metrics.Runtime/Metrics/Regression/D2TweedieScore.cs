namespace Metrics;

/// <summary>
/// The D² Tweedie score, as scikit-learn's <c>d2_tweedie_score</c>: 1 − D(y, ŷ) / D(y, ȳ) with D the (weighted) mean
/// Tweedie deviance of <see cref="Power"/> and ȳ the (weighted) mean target; power 0 is R². Exact from every kept
/// sample (the null model's deviance needs ȳ before the sum), merged by concatenation. As scikit-learn: NaN with fewer
/// than two samples (a single row of weight ≥ 2 counts as that many copies), and a constant target gives 1 − x/0 (−∞, or NaN for 0/0). Values outside the distribution's
/// domain give NaN (scikit-learn raises); a power in (0, 1) is an <see cref="System.InvalidOperationException"/>.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct D2TweedieScore
{
    /// <summary>The Tweedie power p (scikit-learn's <c>power</c>, default 0); p in (0, 1) has no distribution.</summary>
    [Parameter] public double Power { get; init; } = 0.0;

    /// <summary>Every kept (prediction, target, weight) sample.</summary>
    [Append] public SampleBuffer Samples;

    private static D2TweedieScore Update(double label, double prediction) =>
        new() { Samples = SampleBuffer.Of(prediction, label) };

    /// <summary>The D² score, or NaN with fewer than two samples.</summary>
    /// <exception cref="System.InvalidOperationException"><see cref="Power"/> lies in (0, 1).</exception>
    public readonly double Compute()
    {
        TweedieDeviance.CheckPower(Power);
        if (WeightedSamples.FewerThanTwo(Samples) || !WeightedSamples.TryRead(Samples, out var labels, out var predictions, out var weights))
        {
            return double.NaN;
        }

        double total = 0, weightedLabels = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            total += weights[i];
            weightedLabels += weights[i] * labels[i];
        }

        var mean = weightedLabels / total;
        double deviance = 0, nullDeviance = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            deviance += weights[i] * TweedieDeviance.Unit(labels[i], predictions[i], Power);
            nullDeviance += weights[i] * TweedieDeviance.Unit(labels[i], mean, Power);
        }

        return 1 - (deviance / nullDeviance);
    }
}
