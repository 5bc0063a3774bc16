namespace Metrics;

/// <summary>
/// The (weighted) mean squared logarithmic error Σw·(ln(1+y) − ln(1+ŷ))² / Σw, as scikit-learn's
/// <c>mean_squared_log_error</c>. Values below −1 give NaN (scikit-learn raises); NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct MeanSquaredLogError
{
    /// <summary>The (weighted) sum of squared log errors.</summary>
    [Sum] public double SquaredLogError;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static MeanSquaredLogError Update(double label, double prediction)
    {
        var error = SpecialFunctions.Log1P(prediction) - SpecialFunctions.Log1P(label);
        return new() { SquaredLogError = error * error, Count = 1 };
    }

    /// <summary>The mean squared logarithmic error, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(SquaredLogError, Count);
}
