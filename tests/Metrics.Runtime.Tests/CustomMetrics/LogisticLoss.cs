using System;
using Metrics.Numerics;

namespace Metrics.Runtime.Tests.Custom;

/// <summary>
/// The mean logistic loss <c>log(1 + e^(−y·ŷ))</c> and the squared log error of magnitudes
/// <c>(log1p|ŷ| − log1p|y|)²</c>: a custom metric whose summed contributions call <c>Math.Log</c>, <c>Math.Exp</c> and
/// <c>SpecialFunctions.Log1P</c>, which the generator lifts to vector lanes.
/// </summary>
[Metric]
public partial record struct LogisticLoss
{
    /// <summary>The (weighted) sum of logistic losses.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) sum of squared log errors.</summary>
    [Sum] public double SquaredLogError;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static LogisticLoss Update(double label, double prediction)
    {
        var logError = SpecialFunctions.Log1P(Math.Abs(prediction)) - SpecialFunctions.Log1P(Math.Abs(label));
        return new() { Total = Math.Log(1 + Math.Exp(-label * prediction)), SquaredLogError = logError * logError, Count = 1 };
    }

    /// <summary>The mean logistic loss, or NaN when empty.</summary>
    public readonly double Compute() => Total / Count;
}
