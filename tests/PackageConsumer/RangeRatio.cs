using Metrics;

namespace PackageConsumer;

/// <summary>A custom metric declared in the consuming project: (max - min) / mean of the values, with a scale.</summary>
[Metric]
public partial record struct RangeRatio
{
    /// <summary>Multiplies the ratio.</summary>
    [Parameter(Min = 0, MinExclusive = true)] public double Scale { get; init; } = 1.0;

    /// <summary>The sum of the values.</summary>
    [Sum] public double Total;

    /// <summary>The number of values.</summary>
    [Sum] public double Count;

    /// <summary>The smallest value.</summary>
    [Min] public double Lowest;

    /// <summary>The largest value.</summary>
    [Max] public double Highest;

    private static RangeRatio Update(double value) => new() { Total = value, Count = 1, Lowest = value, Highest = value };

    /// <summary>The scaled ratio.</summary>
    public readonly double Compute() => this.Scale * (Highest - Lowest) / (Total / Count);
}
