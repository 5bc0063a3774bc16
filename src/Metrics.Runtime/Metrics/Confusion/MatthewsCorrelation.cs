namespace Metrics;

/// <summary>
/// The Matthews correlation coefficient of multi-class predictions, as scikit-learn's <c>matthews_corrcoef</c>:
/// (c·s − Σ t_k·p_k) / √((s² − Σ p_k²)(s² − Σ t_k²)). Undefined (a constant label or prediction) follows
/// <see cref="ZeroDivision"/> (NaN by default; scikit-learn gives 0).
/// Inputs and state are <see cref="BalancedAccuracy"/>'s: the C×C confusion matrix every multi-class metric shares.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct MatthewsCorrelation
{
    /// <summary>The number of classes (required, at least 1).</summary>
    [Parameter(Min = 1)] public int NumClasses { get; init; }

    /// <summary>The value when the coefficient is undefined.</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>The C×C confusion counts (row: true class, column: predicted).</summary>
    [Statistics] public BalancedAccuracy Confusion;

    /// <summary>The coefficient, in [−1, 1].</summary>
    public readonly double Compute() => ClassAgreement.Matthews(Confusion.Counts, NumClasses, ZeroDivision);
}
