// expect: MET019
// The README's HuberLoss with [SizedBy] on a double sum.
using System;
using Metrics;

namespace PackageConsumer.Broken;

[Metric]
public partial record struct HuberLoss
{
    [Parameter(Min = 0, MinExclusive = true)] public double Delta { get; init; } = 1.0;
    [Parameter(Min = 1)] public int Bins { get; init; } = 4;
    [Sum, SizedBy(nameof(Bins))] public double Total;
    [Sum] public double Count;
    static HuberLoss Update(double label, double prediction, double delta) => new() { Total = Math.Abs(prediction - label) * delta, Count = 1 };
    public readonly double Compute() => Total / Count;
}
