namespace Metrics;

/// <summary>
/// The (weighted) number of true positives at each threshold, as Keras' <c>TruePositives</c>.
/// As Keras, a score is positive iff <c>score &gt; threshold</c> (strict) and the default threshold list is [0.5];
/// labels must be 0 or 1 and thresholds in [0, 1]. One value per threshold, in the given order. It shares its state
/// with the other <see cref="IConfusionCountsMetric"/> metrics.
/// </summary>
[Metric]
public partial record struct TruePositives : IConfusionCountsMetric
{
    /// <summary>The decision thresholds, each in [0, 1]; [0.5] by default.</summary>
    [Parameter(Min = 0, Max = 1)] public ParameterArray<double> Thresholds { get; init; } = ThresholdCounts.DefaultThresholds;

    /// <summary>
    /// Keras' <c>class_id</c>: with score rows only this column counts; null (the default) counts every element of the
    /// rows, as Keras flattens them. Must lie inside the rows; not allowed with (label, score) element inputs.
    /// </summary>
    [Parameter(Min = 0)] public int? ClassId { get; init; } = null;

    /// <summary>Cell r − 1: the (weighted) positives whose score exceeds exactly r thresholds.</summary>
    [Sum, SizedBy(nameof(Thresholds))] public SumArray PositivesAbove;

    /// <summary>Cell r − 1: the (weighted) negatives whose score exceeds exactly r thresholds.</summary>
    [Sum, SizedBy(nameof(Thresholds))] public SumArray NegativesAbove;

    /// <summary>The (weighted) number of positives.</summary>
    [Sum] public double Positives;

    /// <summary>The (weighted) number of negatives.</summary>
    [Sum] public double Negatives;

    private static TruePositives Update([ClassIndex(2)] int label, double prediction, ParameterArray<double> thresholds, int? classId)
    {
        ClassColumn.RejectForElements(classId);
        var rank = ThresholdCounts.Rank(thresholds, prediction);
        return new()
        {
            PositivesAbove = ThresholdCounts.Cell(rank, label == 1),
            NegativesAbove = ThresholdCounts.Cell(rank, label == 0),
            Positives = label,
            Negatives = 1 - label,
        };
    }

    private static TruePositives Update<T>(
        [ClassIndex(2)] ReadOnlySpan<int> labels, [RowLength(Above = nameof(ClassId))] ReadOnlySpan<T> scores, ParameterArray<double> thresholds, int? classId,
        SumArrayWriter positivesAbove, SumArrayWriter negativesAbove)
        where T : INumber<T>
    {
        var (positives, negatives) = ThresholdCounts.AddRow(thresholds, labels, scores, classId, positivesAbove, negativesAbove);
        return new() { Positives = positives, Negatives = negatives };
    }

    /// <inheritdoc />
    public readonly ConfusionCounts[] ConfusionCounts() =>
        ThresholdCounts.Counts(Thresholds, PositivesAbove, NegativesAbove, Positives, Negatives);

    /// <summary>The true positives at each threshold (0 when empty).</summary>
    public readonly double[] Compute() => Array.ConvertAll(ConfusionCounts(), c => c.TruePositives);
}
