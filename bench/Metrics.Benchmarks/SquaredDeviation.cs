namespace Metrics.Benchmarks;

/// <summary>
/// Σw·(x − c)² and Σw about a given centre c: with c the mean from a first pass (<see cref="Average"/>) this is the
/// two-pass variance of plain sums, the cheapest vector form (the built-in <see cref="Welford"/> merges per lane).
/// A custom metric declared in the benchmark project, used by the regression report for R².
/// </summary>
[Metric]
public partial record struct SquaredDeviation
{
    /// <summary>The centre c.</summary>
    [Parameter] public double Centre { get; init; }

    /// <summary>The (weighted) sum of squared deviations.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of values.</summary>
    [Sum] public double Count;

    private static SquaredDeviation Update(double value, double centre)
    {
        var d = value - centre;
        return new() { Total = d * d, Count = 1 };
    }

    /// <summary>The mean squared deviation (the population variance when the centre is the mean).</summary>
    public readonly double Compute() => Total / Count;
}
