// expect: MET005
// The README's HuberLoss nested in a class that is not partial.
using System;
using Metrics;

namespace PackageConsumer.Broken;

public static class Losses
{
    [Metric]
    public partial record struct HuberLoss
    {
        [Parameter(Min = 0, MinExclusive = true)] public double Delta { get; init; } = 1.0;
        [Sum] public double Total;
        [Sum] public double Count;
        static HuberLoss Update(double label, double prediction, double delta) => new() { Total = Math.Abs(prediction - label) * delta, Count = 1 };
        public readonly double Compute() => Total / Count;
    }
}
