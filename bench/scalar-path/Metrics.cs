using System;
using System.Numerics;

namespace ScalarPath;

/// <summary>The compile-time benchmark's ten-line pair metric: a sum and a count.</summary>
[Metrics.Metric]
public partial record struct AbsoluteError
{
    [Metrics.Sum] public double Total;
    [Metrics.Sum] public double Count;

    private static AbsoluteError Update(double label, double prediction) =>
        new() { Total = Math.Abs(prediction - label), Count = 1 };

    public readonly double Compute() => Total / Count;
}

/// <summary>The same metric with a generic update function (instantiated for float and double).</summary>
[Metrics.Metric]
public partial record struct GenericAbsoluteError
{
    [Metrics.Sum] public double Total;
    [Metrics.Sum] public double Count;

    private static GenericAbsoluteError Update<T>(T label, T prediction)
        where T : INumber<T> =>
        new() { Total = double.CreateTruncating(T.Abs(prediction - label)), Count = 1 };

    public readonly double Compute() => Total / Count;
}
