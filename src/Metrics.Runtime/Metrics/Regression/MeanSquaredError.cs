using Metrics.Numerics;

namespace Metrics;

/// <summary>The (weighted) mean squared error Σw·(y − ŷ)² / Σw, as scikit-learn's <c>mean_squared_error</c>. NaN when empty.</summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct MeanSquaredError
{
    /// <summary>The (weighted) sum of squared errors.</summary>
    [Sum] public double SquaredError;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static MeanSquaredError Update(double label, double prediction)
    {
        var error = prediction - label;
        return new() { SquaredError = error * error, Count = 1 };
    }

    /// <summary>The mean squared error, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(SquaredError, Count);
}
