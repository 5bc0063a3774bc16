// expect: MET028
// The README's HuberLoss with a state field named like the generated Merge (was CS0102 in the generated code).
using System;
using Metrics;

namespace PackageConsumer.Broken;

[Metric]
public partial record struct HuberLoss
{
    [Parameter(Min = 0, MinExclusive = true)] public double Delta { get; init; } = 1.0;
    [Sum] public double Total;
    [Sum] public double Merge;
    static HuberLoss Update(double label, double prediction, double delta) => new() { Total = Math.Abs(prediction - label) * delta, Merge = 1 };
    public readonly double Compute() => Total / Merge;
}
