using System;

namespace Metrics.Runtime.Tests.Custom;

/// <summary>
/// The (weighted) mean Huber loss: ½e² for |e| ≤ δ, else δ(|e| − ½δ), with e = prediction − label. A custom metric
/// declared with the DSL, like a built-in: a pair update with a parameter argument.
/// </summary>
[Metric(Name = "Huber")]
public partial record struct HuberLoss
{
    /// <summary>The threshold δ between the quadratic and the linear part (&gt; 0, default 1).</summary>
    [Parameter(Min = 0, MinExclusive = true)] public double Delta { get; init; } = 1.0;

    /// <summary>The (weighted) sum of losses.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static HuberLoss Update(double label, double prediction, double delta)
    {
        var error = Math.Abs(prediction - label);
        return new() { Total = error <= delta ? 0.5 * error * error : delta * (error - (0.5 * delta)), Count = 1 };
    }

    /// <summary>The mean loss, or NaN when empty.</summary>
    public readonly double Compute() => Total / Count;
}
