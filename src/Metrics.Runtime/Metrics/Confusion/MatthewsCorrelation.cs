namespace Metrics;

/// <summary>
/// The Matthews correlation coefficient of multi-class predictions, as scikit-learn's <c>matthews_corrcoef</c>:
/// (c·s − Σ t_k·p_k) / √((s² − Σ p_k²)(s² − Σ t_k²)). Undefined (a constant label or prediction) follows
/// <see cref="ZeroDivision"/> (NaN by default; scikit-learn gives 0).
/// Inputs: integer labels with integer predictions, integer labels with score rows, or one-hot label rows with score
/// rows (a score row's class is its argmax, lowest index on ties). Classes lie in [0, NumClasses); the state
/// is the C×C confusion matrix, shared by every multi-class metric.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct MatthewsCorrelation
{
    /// <summary>The number of classes (required, at least 1).</summary>
    [Parameter(Min = 1)] public int NumClasses { get; init; }

    /// <summary>The value when the coefficient is undefined.</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>The C×C confusion counts (row: true class, column: predicted), the state of <see cref="BalancedAccuracy"/>, which the multi-class family shares.</summary>
    [Statistics] public BalancedAccuracy Confusion;

    /// <summary>The coefficient, in [−1, 1].</summary>
    public readonly double Compute() => ClassAgreement.Matthews(Confusion.Counts, NumClasses, ZeroDivision);
}
