namespace Metrics;

/// <summary>
/// The best recall among the thresholds whose precision is at least <see cref="Precision"/>, as Keras's <c>RecallAtPrecision</c>, from
/// <see cref="PrecisionAtRecall"/>'s bins (its thresholds, counting rule, inputs and state; shared with it in a collection).
/// </summary>
/// <remarks>When no threshold satisfies the constraint Keras returns 0; here the value is <see cref="ZeroDivision"/> (NaN by default).</remarks>
[Metric(Name = "recall_at_precision")]
[HigherIsBetter]
public partial record struct RecallAtPrecision
{
    /// <summary>The minimum precision (in [0, 1]; required).</summary>
    [Parameter(Min = 0, Max = 1)] public double Precision { get; init; }

    /// <inheritdoc cref="PrecisionAtRecall.NumThresholds"/>
    [Parameter(Min = 1)] public int NumThresholds { get; init; } = 200;

    /// <inheritdoc cref="PrecisionAtRecall.ZeroDivision"/>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <inheritdoc cref="PrecisionAtRecall.ClassId"/>
    [Parameter(Min = 0)] public int? ClassId { get; init; } = null;

    /// <summary>The binned counts, <see cref="PrecisionAtRecall"/>'s state.</summary>
    [Statistics] public PrecisionAtRecall Bins;

    /// <summary>The statistics: <see cref="PrecisionAtRecall"/>'s bins for the same thresholds and class.</summary>
    public readonly PrecisionAtRecall StatisticsTemplate() => new(recall: 0, numThresholds: NumThresholds, classId: ClassId);

    /// <summary>The best value over the thresholds that satisfy the constraint.</summary>
    public readonly double Compute() => Bins.AtConstraint(RateConstraint.RecallAtPrecision, Precision, ZeroDivision);
}
