// expect: MET010
// The README's HuberLoss whose parameter-named update argument has another type than the parameter.
using System;
using Metrics;

namespace PackageConsumer.Broken;

[Metric]
public partial record struct HuberLoss
{
    [Parameter(Min = 0, MinExclusive = true)] public double Delta { get; init; } = 1.0;
    [Sum] public double Total;
    [Sum] public double Count;
    static HuberLoss Update(double label, double prediction, int delta) => new() { Total = Math.Abs(prediction - label) * delta, Count = 1 };
    public readonly double Compute() => Total / Count;
}
