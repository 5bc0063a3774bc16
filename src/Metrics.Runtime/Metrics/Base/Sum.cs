namespace Metrics;

/// <summary>The (weighted) sum of values: Σw·x; 0 when no value has been seen.</summary>
[Metric]
public partial record struct Sum
{
    /// <summary>The (weighted) sum.</summary>
    [Sum] public double Total;

    private static Sum Update(double value) => new() { Total = value };

    /// <summary>The sum.</summary>
    public readonly double Compute() => Total;
}
