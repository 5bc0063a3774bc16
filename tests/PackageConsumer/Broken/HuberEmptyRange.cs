// expect: MET032
// The README's HuberLoss whose Delta range admits no value.
using System;
using Metrics;

namespace PackageConsumer.Broken;

[Metric]
public partial record struct HuberLoss
{
    [Parameter(Min = 5, Max = 1)] public double Delta { get; init; } = 1.0;
    [Sum] public double Total;
    [Sum] public double Count;
    static HuberLoss Update(double label, double prediction, double delta) => new() { Total = Math.Abs(prediction - label) * delta, Count = 1 };
    public readonly double Compute() => Total / Count;
}
