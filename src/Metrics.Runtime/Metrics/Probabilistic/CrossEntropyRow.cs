namespace Metrics;

/// <summary>Keras' log-probability of one class of a prediction row, shared by the categorical cross-entropies.</summary>
internal static class CrossEntropyRow
{
    /// <summary>
    /// <c>log p_c</c>: from logits the log-softmax; from probabilities the row rescaled to sum 1 and clipped to
    /// <c>[ε, 1 − ε]</c>, both in the input's precision (as Keras' backend).
    /// </summary>
    public static double LogProbability<T>(ReadOnlySpan<T> row, int c, bool fromLogits)
        where T : INumber<T>
    {
        if (fromLogits)
        {
            var max = double.NegativeInfinity;
            foreach (var z in row)
            {
                max = Math.Max(max, double.CreateTruncating(z));
            }

            var sumExp = 0.0;
            foreach (var z in row)
            {
                sumExp += Math.Exp(double.CreateTruncating(z) - max);
            }

            return double.CreateTruncating(row[c]) - max - Math.Log(sumExp);
        }

        var sum = T.Zero;
        foreach (var p in row)
        {
            sum += p;
        }

        return Math.Log(KerasEpsilon.Clip(row[c] / sum));
    }
}
