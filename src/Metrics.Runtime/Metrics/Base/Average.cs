using Metrics.Numerics;

namespace Metrics;

/// <summary>
/// The (weighted) arithmetic mean of values: Σw·x / Σw, as flax-metrics' <c>Average</c> and NumPy's
/// <c>average</c>. NaN when no value has been seen.
/// </summary>
[Metric]
public partial record struct Average
{
    /// <summary>The (weighted) sum of the values.</summary>
    [Sum] public double Total;

    /// <summary>The number of values (the sum of their weights).</summary>
    [Sum] public double Count;

    private static Average Update(double value) => new() { Total = value, Count = 1 };

    /// <summary>The mean, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Total, Count);
}
