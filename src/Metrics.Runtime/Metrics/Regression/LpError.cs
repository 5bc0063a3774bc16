using System;
using System.Numerics;
using Metrics.Numerics;

namespace Metrics;

/// <summary>
/// The L-p error with an optional transform, as flax-metrics' <c>LpError</c>: with <c>e = |T(target) − T(prediction)|^p</c>
/// and <c>m</c> the (weighted) mean of <c>e</c>, the value is <c>m^(1/p)</c> when <see cref="Norm"/> is set, else <c>m</c>.
/// <see cref="P"/> is required and must be positive. With <see cref="PerRow"/>, each row of a (target row, prediction row)
/// pair is one point: the value is the (weighted) mean over rows of the row's p-norm <c>(Σ e)^(1/p)</c> (of <c>Σ e</c>
/// without <see cref="Norm"/>), the mean Euclidean distance of predicted positions for p = 2; a single element is a row
/// of one. Without it rows are flattened into their elements. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct LpError
{
    /// <summary>The exponent p (required, &gt; 0).</summary>
    [Parameter(Min = 0, MinExclusive = true)] public double P { get; init; }

    /// <summary>Whether to take the p-th root of the mean (default true).</summary>
    [Parameter] public bool Norm { get; init; } = true;

    /// <summary>Whether the error is taken per row and averaged over rows (default false: the element mean).</summary>
    [Parameter] public bool PerRow { get; init; } = false;

    /// <summary>The transform applied to targets and predictions (default none).</summary>
    [Parameter] public LpTransform Transform { get; init; } = LpTransform.None;

    /// <summary>The (weighted) sum of |error|^p, or of the rows' norms with <see cref="PerRow"/>.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of elements, or of rows with <see cref="PerRow"/>.</summary>
    [Sum] public double Count;

    private static LpError Update(double label, double prediction, double p, bool norm, bool perRow, LpTransform transform)
    {
        var power = Power(label, prediction, p, transform);
        return new() { Total = perRow ? RowValue(power, p, norm) : power, Count = 1 };
    }

    private static LpError Update<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> predictions, double p, bool norm, bool perRow, LpTransform transform)
        where T : INumber<T>
    {
        double sum = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            sum += Power(double.CreateTruncating(labels[i]), double.CreateTruncating(predictions[i]), p, transform);
        }

        return perRow ? new() { Total = RowValue(sum, p, norm), Count = 1 } : new() { Total = sum, Count = labels.Length };
    }

    // |T(label) − T(prediction)|^p.
    private static double Power(double label, double prediction, double p, LpTransform transform)
    {
        if (transform == LpTransform.Log1P)
        {
            label = SpecialFunctions.Log1P(label);
            prediction = SpecialFunctions.Log1P(prediction);
        }

        var error = Math.Abs(label - prediction);
        return p switch
        {
            1.0 => error,
            2.0 => error * error,
            _ => Math.Pow(error, p),
        };
    }

    private static double RowValue(double sum, double p, bool norm) => norm ? Root(sum, p) : sum;

    private static double Root(double value, double p) => p == 2.0 ? Math.Sqrt(value) : p == 1.0 ? value : Math.Pow(value, 1.0 / p);

    /// <summary>The error, or NaN when empty.</summary>
    public readonly double Compute()
    {
        var mean = Total / Count;
        return !Norm || PerRow ? mean : Root(mean, P);
    }
}
