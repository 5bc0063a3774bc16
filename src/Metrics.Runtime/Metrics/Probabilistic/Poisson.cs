using System;
using System.Numerics;
using Metrics.Numerics;

namespace Metrics;

/// <summary>
/// The mean Poisson loss, as Keras' <c>Poisson</c>: per element <c>p − y·log(p + 1e-7)</c> (the sum in the input's
/// precision). A 2-D batch is its flattened elements (Keras' row mean then batch mean is the same value). NaN when
/// empty (Keras: 0).
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct Poisson
{
    /// <summary>The (weighted) sum of losses.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static Poisson Update<T>(T label, T prediction)
        where T : INumber<T> =>
        new()
        {
            Total = double.CreateTruncating(prediction)
                - (double.CreateTruncating(label) * Math.Log(double.CreateTruncating(prediction + T.CreateTruncating(KerasEpsilon.Value)))),
            Count = 1,
        };

    /// <summary>The mean Poisson loss, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Total, Count);
}
