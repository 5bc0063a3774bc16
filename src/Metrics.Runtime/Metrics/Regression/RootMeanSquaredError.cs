namespace Metrics;

/// <summary>The square root of the (weighted) mean squared error. NaN when empty.</summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct RootMeanSquaredError : ISharesStatistics<RootMeanSquaredError, MeanSquaredError>
{
    /// <summary>The (weighted) sum of squared errors.</summary>
    [Sum] public double SquaredError;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static RootMeanSquaredError Update(double label, double prediction)
    {
        var error = prediction - label;
        return new() { SquaredError = error * error, Count = 1 };
    }

    /// <summary>The root mean squared error, or NaN when empty.</summary>
    public readonly double Compute() => Math.Sqrt(NumericRange.Mean(SquaredError, Count));

    /// <summary>The statistics this metric is derived from in a <see cref="MetricCollection"/>.</summary>
    public readonly MeanSquaredError StatisticsTemplate() => new();

    /// <summary>This metric with its state derived from <paramref name="statistics"/>.</summary>
    /// <param name="statistics">The accumulated statistics.</param>
    public readonly RootMeanSquaredError WithStatistics(in MeanSquaredError statistics) =>
        this with { SquaredError = statistics.SquaredError, Count = statistics.Count };
}
