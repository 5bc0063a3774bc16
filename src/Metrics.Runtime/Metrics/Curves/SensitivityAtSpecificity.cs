using Metrics.Numerics;

namespace Metrics;

/// <summary>
/// The best sensitivity (recall) among the thresholds whose specificity is at least <see cref="Specificity"/>, as Keras's <c>SensitivityAtSpecificity</c>: confusion counts at <see cref="NumThresholds"/> evenly spaced
/// thresholds 0, 1/(n−1), …, 1 (a single threshold is 0.5); a score is positive iff <c>score &gt; threshold</c>. Each
/// score is counted in its bin once (O(n + thresholds)); the state is 2 × (thresholds + 1) weighted counts, merged by
/// addition. Labels must be 0 or 1; scores are probabilities. Rates with a zero denominator are 0, as Keras.
/// </summary>
/// <remarks>When no threshold satisfies the constraint Keras returns 0; here the value is <see cref="ZeroDivision"/> (NaN by default).</remarks>
[Metric(Name = "sensitivity_at_specificity")]
[HigherIsBetter]
public partial record struct SensitivityAtSpecificity
{
    /// <summary>The minimum specificity (in [0, 1]; required).</summary>
    [Parameter(Min = 0, Max = 1)] public double Specificity { get; init; }

    /// <summary>The number of evenly spaced thresholds (at least 1; default 200).</summary>
    [Parameter(Min = 1)] public int NumThresholds { get; init; } = 200;

    /// <summary>The value when no threshold satisfies the constraint.</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>
    /// Keras' <c>class_id</c>: with score rows only this column counts; null (the default) counts every element of the
    /// rows, as Keras flattens them. Must lie inside the rows; not allowed with (label, score) element inputs.
    /// </summary>
    [Parameter(Min = 0)] public int? ClassId { get; init; } = null;

    /// <summary>The binned counts, the state of <see cref="PrecisionAtRecall"/>, which the four at-X curve metrics share.</summary>
    [Statistics] public PrecisionAtRecall Bins;

    /// <summary>
    /// The statistics this metric shares in a <see cref="MetricCollection"/>: <see cref="PrecisionAtRecall"/>'s bins for
    /// the same thresholds and class, whose own recall and zero-division value do not matter to them.
    /// </summary>
    public readonly PrecisionAtRecall StatisticsTemplate() => new(recall: 0, numThresholds: NumThresholds, classId: ClassId);

    /// <summary>The best value over the thresholds that satisfy the constraint.</summary>
    public readonly double Compute() => Bins.AtConstraint(RateConstraint.SensitivityAtSpecificity, Specificity, ZeroDivision);
}
