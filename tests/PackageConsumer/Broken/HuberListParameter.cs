// expect: MET031
// The README's HuberLoss with a mutable parameter type (a List, compared by reference and changeable after validation).
using System;
using System.Collections.Generic;
using Metrics;

namespace PackageConsumer.Broken;

[Metric]
public partial record struct HuberLoss
{
    [Parameter] public List<double> Deltas { get; init; } = new() { 1.0 };
    [Sum] public double Total;
    [Sum] public double Count;
    static HuberLoss Update(double label, double prediction) => new() { Total = Math.Abs(prediction - label), Count = 1 };
    public readonly double Compute() => Total / Count;
}
