namespace Metrics;

/// <summary>The (weighted) mean squared error Σw·(y − ŷ)² / Σw, as scikit-learn's <c>mean_squared_error</c>. NaN when empty.</summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct MeanSquaredError
{
    [MeanOf(Sum = "SquaredError")] private static double Error(double label, double prediction)
    {
        var error = prediction - label;
        return error * error;
    }
}
