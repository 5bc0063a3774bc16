using System;
using Metrics.Numerics;

namespace Metrics;

/// <summary>
/// The mean of <c>log(cosh(ŷ − y))</c>, as Keras' <c>LogCoshError</c>, computed in the overflow-free form
/// <c>|e| + log1p(exp(−2|e|)) − log 2</c>; averaged (weighted) over elements. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct LogCoshError
{
    private const double Ln2 = 0.69314718055994530942;

    /// <summary>The (weighted) sum of log-cosh errors.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static LogCoshError Update(double label, double prediction)
    {
        var error = Math.Abs(prediction - label);
        return new() { Total = error + SpecialFunctions.Softplus(-2.0 * error) - Ln2, Count = 1 };
    }

    /// <summary>The mean log-cosh error, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Total, Count);
}
