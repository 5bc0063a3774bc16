using System;
using Metrics.Numerics;

namespace Metrics;

/// <summary>
/// The (weighted) mean pinball (quantile) loss, as scikit-learn's <c>mean_pinball_loss</c>: α·max(y − ŷ, 0) +
/// (1 − α)·max(ŷ − y, 0), averaged. α = 0.5 gives half the mean absolute error. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct MeanPinballLoss
{
    /// <summary>The quantile α in [0, 1] (scikit-learn's <c>alpha</c>, default 0.5).</summary>
    [Parameter(Min = 0, Max = 1)] public double Alpha { get; init; } = 0.5;

    /// <summary>The (weighted) sum of losses.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static MeanPinballLoss Update(double label, double prediction, double alpha) =>
        new() { Total = Pinball.Loss(label, prediction, alpha), Count = 1 };

    /// <summary>The mean pinball loss, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Total, Count);
}
