// expect: MET013
// The README's HuberLoss without Compute.
using System;
using Metrics;

namespace PackageConsumer.Broken;

[Metric]
public partial record struct HuberLoss
{
    [Parameter(Min = 0, MinExclusive = true)] public double Delta { get; init; } = 1.0;
    [Sum] public double Total;
    [Sum] public double Count;
    static HuberLoss Update(double label, double prediction, double delta) => new() { Total = Math.Abs(prediction - label) * delta, Count = 1 };
}
