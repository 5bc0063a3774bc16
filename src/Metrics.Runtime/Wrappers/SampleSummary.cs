namespace Metrics;

/// <summary>The summary statistics of a bootstrap's values.</summary>
internal static class SampleSummary
{
    /// <summary>Mean, sample standard deviation and the percentile interval of <paramref name="values"/> (at least 2).</summary>
    public static BootstrapEstimate Bootstrap(double[] values, double confidenceLevel)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        var mean = sum / values.Length;
        var squares = 0.0;
        foreach (var value in values)
        {
            squares += (value - mean) * (value - mean);
        }

        var deviation = Math.Sqrt(squares / (values.Length - 1));
        if (double.IsNaN(mean))
        {
            return new BootstrapEstimate(double.NaN, double.NaN, double.NaN, double.NaN, confidenceLevel, values);
        }

        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var tail = (1.0 - confidenceLevel) / 2.0;
        return new BootstrapEstimate(mean, deviation, Quantile(sorted, tail), Quantile(sorted, 1.0 - tail), confidenceLevel, values);
    }

    /// <summary>The <paramref name="q"/> quantile of sorted values, interpolated linearly (NumPy's default method).</summary>
    public static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        var fraction = position - below;
        return sorted[below] + (fraction * (sorted[above] - sorted[below]));
    }
}
