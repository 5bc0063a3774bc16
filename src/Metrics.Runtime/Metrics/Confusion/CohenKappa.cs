namespace Metrics;

/// <summary>
/// Cohen's kappa of multi-class predictions against labels, as scikit-learn's <c>cohen_kappa_score</c> with
/// <c>labels = range(NumClasses)</c>: 1 − Σ w·O / Σ w·E with disagreement weights none (0/1), linear |i − j| or
/// quadratic (i − j)² over the class indices. NaN when undefined (no expected disagreement).
/// Inputs: integer labels with integer predictions, integer labels with score rows, or one-hot label rows with score
/// rows (a score row's class is its argmax, lowest index on ties). Classes lie in [0, NumClasses); the state
/// is the C×C confusion matrix, shared by every multi-class metric.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct CohenKappa
{
    /// <summary>The number of classes (required, at least 1).</summary>
    [Parameter(Min = 1)] public int NumClasses { get; init; }

    /// <summary>The disagreement weights.</summary>
    [Parameter] public KappaWeighting Weighting { get; init; } = KappaWeighting.None;

    /// <summary>The C×C confusion counts (row: true class, column: predicted), the state of <see cref="BalancedAccuracy"/>, which the multi-class family shares.</summary>
    [Statistics] public BalancedAccuracy Confusion;

    /// <summary>The kappa statistic.</summary>
    public readonly double Compute() => ClassAgreement.CohenKappa(Confusion.Counts, NumClasses, Weighting);
}
