using System;

namespace Metrics.Benchmarks;

/// <summary>
/// A custom metric declared in the benchmark project exactly like the README's example: it gets the same generated
/// vector operator and kernel loop as the built-ins, which the benchmarks show by timing it beside them.
/// </summary>
[Metric(Name = "Huber")]
public partial record struct HuberLoss
{
    /// <summary>The threshold between the quadratic and the linear part.</summary>
    [Parameter(Min = 0, MinExclusive = true)] public double Delta { get; init; } = 1.0;

    /// <summary>The (weighted) sum of losses.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static HuberLoss Update(double label, double prediction, double delta)
    {
        var e = Math.Abs(prediction - label);
        return new() { Total = e <= delta ? 0.5 * e * e : delta * (e - (0.5 * delta)), Count = 1 };
    }

    /// <summary>The mean loss.</summary>
    public readonly double Compute() => Total / Count;
}
