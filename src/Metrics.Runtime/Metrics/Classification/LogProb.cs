namespace Metrics;

/// <summary>
/// The mean log-likelihood per row, in nats (the negative of log-loss; higher is better), as flax-metrics'
/// <c>LogProb</c>. Each row pairs a label row with a logits row:
/// <list type="bullet">
/// <item>one column: binary, <c>y·z − softplus(z)</c> (soft labels give the negative binary cross-entropy);</item>
/// <item>several columns: the multinomial log-pmf <c>Σ y_c·log softmax(z)_c + ln n! − Σ ln y_c!</c> with
/// <c>n = Σ y_c</c>; for one-hot rows that is <c>log softmax(z)[label]</c>. A class with <c>y_c = 0</c> contributes
/// nothing, so a logit of −∞ there is harmless.</item>
/// </list>
/// NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct LogProb
{
    [MeanOf]
    private static double LogLikelihood<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> logits)
        where T : INumber<T>
    {
        if (logits.Length == 1)
        {
            var z = double.CreateTruncating(logits[0]);
            return (double.CreateTruncating(labels[0]) * z) - SpecialFunctions.Softplus(z);
        }

        var max = double.NegativeInfinity;
        foreach (var logit in logits)
        {
            max = Math.Max(max, double.CreateTruncating(logit));
        }

        var sumExp = 0.0;
        foreach (var logit in logits)
        {
            sumExp += Math.Exp(double.CreateTruncating(logit) - max);
        }

        var logSumExp = max + Math.Log(sumExp);
        double trials = 0, value = 0;
        for (var c = 0; c < logits.Length; c++)
        {
            var y = double.CreateTruncating(labels[c]);
            if (y != 0)
            {
                trials += y;
                value += (y * (double.CreateTruncating(logits[c]) - logSumExp)) - SpecialFunctions.LogGamma(y + 1);
            }
        }

        return value + SpecialFunctions.LogGamma(trials + 1);
    }
}
