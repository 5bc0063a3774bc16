namespace Metrics;

/// <summary>The square root of the (weighted) mean squared logarithmic error. Values below −1 give NaN; NaN when empty.</summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct RootMeanSquaredLogError : ISharesStatistics<RootMeanSquaredLogError, MeanSquaredLogError>
{
    /// <summary>The (weighted) sum of squared log errors.</summary>
    [Sum] public double SquaredLogError;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static RootMeanSquaredLogError Update(double label, double prediction)
    {
        var error = SpecialFunctions.Log1P(prediction) - SpecialFunctions.Log1P(label);
        return new() { SquaredLogError = error * error, Count = 1 };
    }

    /// <summary>The root mean squared logarithmic error, or NaN when empty.</summary>
    public readonly double Compute() => Math.Sqrt(NumericRange.Mean(SquaredLogError, Count));

    /// <summary>The statistics this metric is derived from in a <see cref="MetricCollection"/>.</summary>
    public readonly MeanSquaredLogError StatisticsTemplate() => new();

    /// <summary>This metric with its state derived from <paramref name="statistics"/>.</summary>
    /// <param name="statistics">The accumulated statistics.</param>
    public readonly RootMeanSquaredLogError WithStatistics(in MeanSquaredLogError statistics) =>
        this with { SquaredLogError = statistics.SquaredLogError, Count = statistics.Count };
}
