// expect: MET001
// The README's HuberLoss without 'partial': the generator reports MET001 (csc stops at CS8983 before the analyzers).
using System;
using Metrics;

namespace PackageConsumer.Broken;

[Metric]
public record struct HuberLoss
{
    [Parameter(Min = 0, MinExclusive = true)] public double Delta { get; init; } = 1.0;
    [Sum] public double Total;
    [Sum] public double Count;
    static HuberLoss Update(double label, double prediction, double delta) => new() { Total = Math.Abs(prediction - label) * delta, Count = 1 };
    public readonly double Compute() => Total / Count;
}
