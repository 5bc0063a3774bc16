// expect: MET019
// The README's HuberLoss with a histogram whose [SizedBy] misspells the parameter.
using System;
using Metrics;

namespace PackageConsumer.Broken;

[Metric]
public partial record struct HuberLoss
{
    [Parameter(Min = 0, MinExclusive = true)] public double Delta { get; init; } = 1.0;
    [Parameter(Min = 1)] public int Bins { get; init; } = 4;
    [Sum, SizedBy("Binz")] public SumArray Counts;
    static HuberLoss Update(double label, double prediction, double delta) => new() { Counts = SumArray.At(0) };
    public readonly double Compute() => Counts[0];
}
