using System;
using System.Numerics;
using Metrics.Numerics;

namespace Metrics;

/// <summary>
/// The mean Kullback–Leibler divergence per row, as Keras' <c>KLDivergence</c>: <c>Σ_c y_c·log(y_c / p_c)</c> with
/// both clipped to <c>[1e-7, 1]</c> (in the input's precision); rows are summed over their columns, then averaged.
/// NaN when empty (Keras: 0).
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct KLDivergence
{
    /// <summary>The (weighted) sum of row divergences.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of rows.</summary>
    [Sum] public double Count;

    private static KLDivergence Update<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> predictions)
        where T : INumber<T>
    {
        var divergence = 0.0;
        for (var c = 0; c < labels.Length; c++)
        {
            var y = KerasEpsilon.ClipToOne(labels[c]);
            divergence += y * Math.Log(y / KerasEpsilon.ClipToOne(predictions[c]));
        }

        return new() { Total = divergence, Count = 1 };
    }

    /// <summary>The mean divergence per row, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Total, Count);
}
