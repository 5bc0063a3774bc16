namespace Metrics;

/// <summary>
/// The L-p error with an optional transform, as flax-metrics' <c>LpError</c>: with <c>e = |T(target) − T(prediction)|^p</c>
/// and <c>m</c> the (weighted) mean of <c>e</c>, the value is <c>m^(1/p)</c> when <see cref="Norm"/> is set, else <c>m</c>.
/// <see cref="P"/> is required and must be positive. NaN when empty. The error of each row of a (target row, prediction
/// row) pair, averaged over rows, is <see cref="RowLpError"/>.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct LpError
{
    /// <summary>The exponent p (required, &gt; 0).</summary>
    [Parameter(Min = 0, MinExclusive = true)] public double P { get; init; }

    /// <summary>Whether to take the p-th root of the mean (default true).</summary>
    [Parameter] public bool Norm { get; init; } = true;

    /// <summary>The transform applied to targets and predictions (default none).</summary>
    [Parameter] public LpTransform Transform { get; init; } = LpTransform.None;

    /// <summary>The (weighted) sum of |error|^p.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static LpError Update(double label, double prediction, double p, LpTransform transform) =>
        new() { Total = Power(label, prediction, p, transform), Count = 1 };

    /// <summary><c>|T(label) − T(prediction)|^p</c>.</summary>
    internal static double Power(double label, double prediction, double p, LpTransform transform)
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

    /// <summary><c>value^(1/p)</c>, exact for p = 1 and p = 2.</summary>
    internal static double Root(double value, double p) => p == 2.0 ? Math.Sqrt(value) : p == 1.0 ? value : Math.Pow(value, 1.0 / p);

    /// <summary>The error, or NaN when empty.</summary>
    public readonly double Compute()
    {
        var mean = Total / Count;
        return Norm ? Root(mean, P) : mean;
    }
}
