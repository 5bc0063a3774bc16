namespace Metrics.Numerics;

/// <summary>Combines per-output scores as scikit-learn's <c>multioutput</c> averages.</summary>
public static class OutputAverage
{
    /// <summary>The uniform or variance-weighted mean of per-output scores.</summary>
    /// <typeparam name="TMetric">The per-output metric.</typeparam>
    /// <param name="outputs">One metric per output column (at least one).</param>
    /// <param name="value">An output's score.</param>
    /// <param name="variance">An output's label variance (any positive multiple of it).</param>
    /// <param name="average">How to combine.</param>
    /// <exception cref="ArgumentException"><paramref name="outputs"/> is empty or <paramref name="average"/> is undefined.</exception>
    public static double Combine<TMetric>(
        ReadOnlySpan<TMetric> outputs, Func<TMetric, double> value, Func<TMetric, double> variance, MultiOutputAverage average)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(variance);
        if (outputs.IsEmpty)
        {
            throw new ArgumentException("At least one output is required.", nameof(outputs));
        }

        MetricGuard.Parameter(average, nameof(average));
        double weighted = 0, totalWeight = 0, sum = 0;
        foreach (var output in outputs)
        {
            var score = value(output);
            var weight = variance(output);
            sum += score;
            if (weight != 0)
            {
                weighted += weight * score;
                totalWeight += weight;
            }
        }

        return average == MultiOutputAverage.VarianceWeighted && totalWeight > 0
            ? weighted / totalWeight
            : sum / outputs.Length;
    }
}
