namespace Metrics;

/// <summary>
/// The symmetric mean absolute percentage error as TorchMetrics' <c>SymmetricMeanAbsolutePercentageError</c>: the
/// (weighted) mean of 2·|y − ŷ| / max(|y| + |ŷ|, ε), a fraction in [0, 2]. NaN when empty. scikit-learn has no SMAPE.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct SymmetricMeanAbsolutePercentageError
{
    /// <summary>The floor of |y| + |ŷ| in the denominator (TorchMetrics' 1.17e-6).</summary>
    [Parameter(Min = 0, MinExclusive = true)] public double Epsilon { get; init; } = 1.17e-6;

    [MeanOf] private static double Error(double label, double prediction, double epsilon) =>
        2 * Math.Abs(label - prediction) / Math.Max(Math.Abs(label) + Math.Abs(prediction), epsilon);
}
