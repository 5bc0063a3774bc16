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

    [MeanOf] private static double Loss(double label, double prediction, double alpha) =>
        Pinball.Loss(label, prediction, alpha);
}
