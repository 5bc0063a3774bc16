using System;
using System.Numerics;

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
public partial record struct CohenKappa : ISharesStatistics<CohenKappa, BalancedAccuracy>
{
    /// <summary>The number of classes (required, at least 1).</summary>
    [Parameter(Min = 1)] public int NumClasses { get; init; }

    /// <summary>The disagreement weights.</summary>
    [Parameter] public KappaWeighting Weighting { get; init; } = KappaWeighting.None;

    /// <summary>The (weighted) confusion matrix, row-major <c>[label * NumClasses + prediction]</c>.</summary>
    [Sum, SizedBy(nameof(NumClasses), nameof(NumClasses))] public SumArray Counts;

    private static CohenKappa Update([ClassIndex(nameof(NumClasses))] int label, [ClassIndex(nameof(NumClasses))] int prediction, int numClasses) =>
        new() { Counts = ClassConfusion.Cell(label, prediction, numClasses) };

    private static CohenKappa Update<T>([ClassIndex(nameof(NumClasses))] int label, [RowLength(EqualTo = nameof(NumClasses))] ReadOnlySpan<T> scores, int numClasses)
        where T : INumber<T> =>
        new() { Counts = ClassConfusion.Cell(label, ClassConfusion.ArgMax(scores), numClasses) };

    private static CohenKappa Update<T>([OneHot] ReadOnlySpan<T> labels, [RowLength(EqualTo = nameof(NumClasses))] ReadOnlySpan<T> scores, int numClasses)
        where T : INumber<T> =>
        new() { Counts = ClassConfusion.Cell(ClassConfusion.ArgMax(labels), ClassConfusion.ArgMax(scores), numClasses) };

    /// <summary>The kappa statistic.</summary>
    public readonly double Compute() => ClassAgreement.CohenKappa(Counts, NumClasses, Weighting);

    /// <summary>
    /// The statistics this metric shares in a <see cref="MetricCollection"/>: the C×C confusion counts, accumulated as
    /// <see cref="BalancedAccuracy"/> accumulates them (same updates, same cells).
    /// </summary>
    public readonly BalancedAccuracy StatisticsTemplate() => new(NumClasses);

    /// <summary>This metric with its counts taken from <paramref name="statistics"/>.</summary>
    /// <param name="statistics">The accumulated counts.</param>
    public readonly CohenKappa WithStatistics(in BalancedAccuracy statistics) => this with { Counts = statistics.Counts };
}
