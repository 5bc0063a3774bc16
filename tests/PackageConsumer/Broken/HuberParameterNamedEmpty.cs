// expect: MET028
// The README's HuberLoss whose parameter is named like the generated Empty().
using System;
using Metrics;

namespace PackageConsumer.Broken;

[Metric]
public partial record struct HuberLoss
{
    [Parameter(Min = 0, MinExclusive = true)] public double Empty { get; init; } = 1.0;
    [Sum] public double Total;
    [Sum] public double Count;
    static HuberLoss Update(double label, double prediction) => new() { Total = Math.Abs(prediction - label), Count = 1 };
    public readonly double Compute() => Total / Count;
}
