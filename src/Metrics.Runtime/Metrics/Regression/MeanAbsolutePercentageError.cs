using System;
using Metrics.Numerics;

namespace Metrics;

/// <summary>
/// The mean absolute percentage error in <b>percent</b>, as Keras and TF.js: <c>100 · |y − ŷ| / max(|y|, ε)</c> with
/// ε = 1e-7 (Keras' <c>backend.epsilon()</c>), averaged (weighted) over elements. A zero target therefore gives a huge
/// but finite error (Keras' documented 2.5e8). scikit-learn's <c>mean_absolute_percentage_error</c> is a fraction with
/// ε = 2.2e-16: divide by 100 to compare away from zero targets. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct MeanAbsolutePercentageError
{
    /// <summary>The floor of |y| in the denominator (Keras' epsilon).</summary>
    public const double Epsilon = 1e-7;

    /// <summary>The (weighted) sum of percentage errors.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static MeanAbsolutePercentageError Update(double label, double prediction) =>
        new() { Total = 100.0 * Math.Abs(label - prediction) / Math.Max(Math.Abs(label), Epsilon), Count = 1 };

    /// <summary>The mean absolute percentage error in percent, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Total, Count);
}
