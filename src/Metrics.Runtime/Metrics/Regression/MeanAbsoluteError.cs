namespace Metrics;

/// <summary>The (weighted) mean absolute error Σw·|y − ŷ| / Σw, as scikit-learn's <c>mean_absolute_error</c>. NaN when empty.</summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct MeanAbsoluteError
{
    [MeanOf(Sum = "AbsoluteError")] private static double Error(double label, double prediction) =>
        Math.Abs(prediction - label);
}
