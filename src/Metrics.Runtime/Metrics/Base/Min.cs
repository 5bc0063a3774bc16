namespace Metrics;

/// <summary>
/// The smallest value seen. Weights do not scale it, but a value with weight 0 is excluded. NaN when no value has
/// been seen; a NaN value propagates.
/// </summary>
[Metric]
public partial record struct Min
{
    /// <summary>The smallest value so far (+∞ when empty).</summary>
    [Min] public double Value;

    /// <summary>The number of values (the sum of their weights).</summary>
    [Sum] public double Count;

    private static Min Update(double value) => new() { Value = value, Count = 1 };

    /// <summary>The minimum, or NaN when empty.</summary>
    public readonly double Compute() => Count > 0 ? Value : double.NaN;
}
