using System.Globalization;

namespace Metrics;

/// <summary>
/// Summary statistics computed by <see cref="Welford"/>. flax-metrics' <c>Statistics</c> has the mean, the standard
/// error of the mean and the (population) standard deviation; this adds the count and the sample (ddof = 1) variants.
/// </summary>
/// <param name="Count">The number of values (the sum of their weights).</param>
/// <param name="Mean">The mean; NaN when empty.</param>
/// <param name="Variance">The population variance (ddof = 0); NaN when empty.</param>
/// <param name="SampleVariance">The sample variance (ddof = 1, frequency weights); NaN when the count is at most 1.</param>
/// <param name="StandardDeviation">The population standard deviation; NaN when empty.</param>
/// <param name="SampleStandardDeviation">The sample standard deviation; NaN when the count is at most 1.</param>
/// <param name="StandardErrorOfMean">The population standard deviation over √count (flax-metrics' convention); NaN when empty.</param>
public readonly record struct Statistics(
    double Count,
    double Mean,
    double Variance,
    double SampleVariance,
    double StandardDeviation,
    double SampleStandardDeviation,
    double StandardErrorOfMean)
{
    /// <summary>Derives the statistics from a count, a mean and a sum of squared deviations.</summary>
    /// <param name="count">The number of values (the sum of their weights).</param>
    /// <param name="mean">The mean.</param>
    /// <param name="m2">The sum of squared deviations from the mean.</param>
    public static Statistics From(double count, double mean, double m2)
    {
        if (count <= 0)
        {
            return new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var variance = m2 / count;
        var sampleVariance = count > 1 ? m2 / (count - 1) : double.NaN;
        var sd = Math.Sqrt(variance);
        return new(count, mean, variance, sampleVariance, sd, Math.Sqrt(sampleVariance), sd / Math.Sqrt(count));
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Statistics(count: {Count}, mean: {Mean}, sd: {StandardDeviation}, sem: {StandardErrorOfMean}, sample sd: {SampleStandardDeviation})");
}
