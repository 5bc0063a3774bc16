namespace Metrics;

/// <summary>
/// Recall TP / (TP + FN) at each threshold, as Keras' <c>Recall(thresholds)</c> (named apart from the flax-metrics
/// <see cref="Recall"/>). 0/0 follows <see cref="ZeroDivision"/> (NaN by default; Keras gives 0).
/// As Keras, a score is positive iff <c>score &gt; threshold</c> (strict) and the default threshold list is [0.5];
/// labels must be 0 or 1 and thresholds in [0, 1]. One value per threshold, in the given order. It shares its state
/// with the other <see cref="IConfusionCountsMetric"/> metrics.
/// </summary>
[Metric]
public partial record struct RecallAtThresholds : IConfusionCountsMetric
{
    /// <summary>The decision thresholds, each in [0, 1]; [0.5] by default.</summary>
    [Parameter(Min = 0, Max = 1)] public ParameterArray<double> Thresholds { get; init; } = ThresholdCounts.DefaultThresholds;

    /// <summary>The value when the ratio is 0/0 (NaN by default; Keras gives 0).</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>
    /// Keras' <c>class_id</c>: with score rows only this column counts; null (the default) counts every element of the
    /// rows, as Keras flattens them. Must lie inside the rows; not allowed with (label, score) element inputs.
    /// </summary>
    [Parameter(Min = 0)] public int? ClassId { get; init; } = null;

    /// <summary>The threshold counts, the state of <see cref="TruePositives"/>, which the Keras threshold metrics share.</summary>
    [Statistics] public TruePositives Counts;

    /// <inheritdoc />
    public readonly ConfusionCounts[] ConfusionCounts() =>
        Counts.ConfusionCounts();

    /// <summary>The recall at each threshold.</summary>
    public readonly double[] Compute()
    {
        var zeroDivision = ZeroDivision;
        return Array.ConvertAll(ConfusionCounts(), c => c.Recall(zeroDivision));
    }
}
