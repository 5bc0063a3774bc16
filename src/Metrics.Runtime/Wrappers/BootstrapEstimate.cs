namespace Metrics;

/// <summary>
/// A bootstrap's summary of a metric: the mean and standard deviation of the values of its resampled copies and a
/// percentile confidence interval, as TorchMetrics' <c>BootStrapper</c> (<c>mean</c>, <c>std</c>, <c>quantile</c>,
/// <c>raw</c>). All are NaN when a copy's value is NaN.
/// </summary>
/// <param name="Mean">The mean of the copies' values.</param>
/// <param name="StandardDeviation">Their sample standard deviation (divided by n − 1, as <c>torch.std</c>).</param>
/// <param name="Lower">The (1 − level)/2 quantile of the values (linear interpolation, NumPy's default).</param>
/// <param name="Upper">The (1 + level)/2 quantile of the values.</param>
/// <param name="ConfidenceLevel">The level of the interval, in (0, 1).</param>
/// <param name="Values">The value of each copy, in copy order.</param>
public sealed record BootstrapEstimate(
    double Mean,
    double StandardDeviation,
    double Lower,
    double Upper,
    double ConfidenceLevel,
    IReadOnlyList<double> Values);
