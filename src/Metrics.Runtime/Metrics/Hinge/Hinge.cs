using System;

namespace Metrics;

/// <summary>
/// The mean hinge loss <c>max(1 − y·p, 0)</c>, as Keras' <c>Hinge</c>. Labels are −1/+1 or 0/1 (a 0 label means −1).
/// A 2-D batch is its flattened elements (Keras' row mean then batch mean is the same value). NaN when empty.
/// </summary>
[Metric]
public partial record struct Hinge
{
    /// <summary>The (weighted) sum of losses.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static Hinge Update(double label, double prediction) =>
        new() { Total = Math.Max(1 - (HingeLabel.Signed(label) * prediction), 0), Count = 1 };

    /// <summary>The mean hinge loss, or NaN when empty.</summary>
    public readonly double Compute() => Total / Count;
}
