using System;
using System.Numerics;

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
public partial record struct MatthewsCorrelation : ISharesStatistics<MatthewsCorrelation, BalancedAccuracy>
{
    /// <summary>The number of classes (required, at least 1).</summary>
    [Parameter(Min = 1)] public int NumClasses { get; init; }

    /// <summary>The value when the coefficient is undefined.</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>The (weighted) confusion matrix, row-major <c>[label * NumClasses + prediction]</c>.</summary>
    [Sum, SizedBy(nameof(NumClasses), nameof(NumClasses))] public SumArray Counts;

    private static MatthewsCorrelation Update([ClassIndex(nameof(NumClasses))] int label, [ClassIndex(nameof(NumClasses))] int prediction, int numClasses) =>
        new() { Counts = ClassConfusion.Cell(label, prediction, numClasses) };

    private static MatthewsCorrelation Update<T>([ClassIndex(nameof(NumClasses))] int label, [RowLength(EqualTo = nameof(NumClasses))] ReadOnlySpan<T> scores, int numClasses)
        where T : INumber<T> =>
        new() { Counts = ClassConfusion.Cell(label, ClassConfusion.ArgMax(scores), numClasses) };

    private static MatthewsCorrelation Update<T>([OneHot] ReadOnlySpan<T> labels, [RowLength(EqualTo = nameof(NumClasses))] ReadOnlySpan<T> scores, int numClasses)
        where T : INumber<T> =>
        new() { Counts = ClassConfusion.Cell(ClassConfusion.ArgMax(labels), ClassConfusion.ArgMax(scores), numClasses) };

    /// <summary>The coefficient, in [−1, 1].</summary>
    public readonly double Compute() => ClassAgreement.Matthews(Counts, NumClasses, ZeroDivision);

    /// <summary>
    /// The statistics this metric shares in a <see cref="MetricCollection"/>: the C×C confusion counts, accumulated as
    /// <see cref="BalancedAccuracy"/> accumulates them (same updates, same cells).
    /// </summary>
    public readonly BalancedAccuracy StatisticsTemplate() => new(NumClasses);

    /// <summary>This metric with its counts taken from <paramref name="statistics"/>.</summary>
    /// <param name="statistics">The accumulated counts.</param>
    public readonly MatthewsCorrelation WithStatistics(in BalancedAccuracy statistics) => this with { Counts = statistics.Counts };
}
