using System;
using Metrics;

namespace Metrics.Dsl.Sample;

// The one custom metric of the sample, declared exactly like the built-ins: quadratic for residuals up to Delta,
// linear beyond, so a few badly predicted patients weigh less than in the MSE.
[Metric]
public partial record struct HuberLoss
{
    [Parameter(Min = 0, MinExclusive = true)] public double Delta { get; init; } = 1.0;

    [Sum] public double Total;
    [Sum] public double Count;

    private static HuberLoss Update(double label, double prediction, double delta)
    {
        var error = Math.Abs(prediction - label);
        var loss = error <= delta ? 0.5 * error * error : delta * (error - (0.5 * delta));
        return new() { Total = loss, Count = 1 };
    }

    public readonly double Compute() => Total / Count;
}
