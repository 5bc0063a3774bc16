namespace Metrics;

/// <summary>
/// The (weighted) arithmetic mean of values: Σw·x / Σw, as flax-metrics' <c>Average</c> and NumPy's
/// <c>average</c>. NaN when no value has been seen.
/// </summary>
[Metric]
public partial record struct Average
{
    [MeanOf] private static double Value(double value) => value;
}
