namespace Metrics;

/// <summary>
/// The weighted mean absolute percentage error as TorchMetrics' <c>WeightedMeanAbsolutePercentageError</c>:
/// Σw·|y − ŷ| / max(Σw·|y|, ε), a fraction. NaN when empty. scikit-learn has no WMAPE.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct WeightedMeanAbsolutePercentageError
{
    /// <summary>The floor of Σw·|y| in the denominator (TorchMetrics' 1.17e-6).</summary>
    [Parameter(Min = 0, MinExclusive = true)] public double Epsilon { get; init; } = 1.17e-6;

    /// <summary>The (weighted) sum of absolute errors.</summary>
    [Sum] public double AbsoluteError;

    /// <summary>The (weighted) sum of absolute targets.</summary>
    [Sum] public double Scale;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static WeightedMeanAbsolutePercentageError Update(double label, double prediction) =>
        new() { AbsoluteError = Math.Abs(label - prediction), Scale = Math.Abs(label), Count = 1 };

    /// <summary>The weighted mean absolute percentage error (a fraction), or NaN when empty.</summary>
    public readonly double Compute() => Count > 0 ? AbsoluteError / Math.Max(Scale, Epsilon) : double.NaN;
}
