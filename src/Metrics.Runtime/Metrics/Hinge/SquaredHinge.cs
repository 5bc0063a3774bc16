using System;
using Metrics.Numerics;

namespace Metrics;

/// <summary>
/// The mean squared hinge loss <c>max(1 − y·p, 0)²</c>, as Keras' <c>SquaredHinge</c>. Labels are −1/+1 or 0/1 (a 0
/// label means −1). A 2-D batch is its flattened elements. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct SquaredHinge
{
    /// <summary>The (weighted) sum of losses.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static SquaredHinge Update(double label, double prediction)
    {
        // The label rule of Hinge: 0 is the negative class −1, any other label is used as given.
        var hinge = Math.Max(1 - ((label == 0 ? -1.0 : label) * prediction), 0);
        return new() { Total = hinge * hinge, Count = 1 };
    }

    /// <summary>The mean squared hinge loss, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Total, Count);
}
