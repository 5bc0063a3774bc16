namespace Metrics;

/// <summary>
/// Cohen's kappa of multi-class predictions against labels, as scikit-learn's <c>cohen_kappa_score</c> with
/// <c>labels = range(NumClasses)</c>: 1 − Σ w·O / Σ w·E with disagreement weights none (0/1), linear |i − j| or
/// quadratic (i − j)² over the class indices. NaN when undefined (no expected disagreement).
/// Inputs and state are <see cref="BalancedAccuracy"/>'s: the C×C confusion matrix every multi-class metric shares.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct CohenKappa
{
    /// <summary>The number of classes (required, at least 1).</summary>
    [Parameter(Min = 1)] public int NumClasses { get; init; }

    /// <summary>The disagreement weights.</summary>
    [Parameter] public KappaWeighting Weighting { get; init; } = KappaWeighting.None;

    /// <summary>The C×C confusion counts (row: true class, column: predicted).</summary>
    [Statistics] public BalancedAccuracy Confusion;

    /// <summary>The kappa statistic.</summary>
    public readonly double Compute() => ClassAgreement.CohenKappa(Confusion.Counts, NumClasses, Weighting);
}
