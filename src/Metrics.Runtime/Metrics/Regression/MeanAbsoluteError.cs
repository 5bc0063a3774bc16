using System;
using Metrics.Numerics;

namespace Metrics;

/// <summary>The (weighted) mean absolute error Σw·|y − ŷ| / Σw, as scikit-learn's <c>mean_absolute_error</c>. NaN when empty.</summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct MeanAbsoluteError
{
    /// <summary>The (weighted) sum of absolute errors.</summary>
    [Sum] public double AbsoluteError;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static MeanAbsoluteError Update(double label, double prediction) =>
        new() { AbsoluteError = Math.Abs(prediction - label), Count = 1 };

    /// <summary>The mean absolute error, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(AbsoluteError, Count);
}
