namespace Metrics;

/// <summary>
/// The largest value seen. Weights do not scale it, but a value with weight 0 is excluded. NaN when no value has
/// been seen; a NaN value propagates.
/// </summary>
[Metric]
public partial record struct Max
{
    /// <summary>The largest value so far (−∞ when empty).</summary>
    [Max] public double Value;

    /// <summary>The number of values (the sum of their weights).</summary>
    [Sum] public double Count;

    private static Max Update(double value) => new() { Value = value, Count = 1 };

    /// <summary>The maximum, or NaN when empty.</summary>
    public readonly double Compute() => Count > 0 ? Value : double.NaN;
}
