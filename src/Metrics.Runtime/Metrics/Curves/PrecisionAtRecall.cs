namespace Metrics;

/// <summary>
/// The best precision among the thresholds whose recall is at least <see cref="Recall"/>, as Keras's <c>PrecisionAtRecall</c>: confusion counts at <see cref="NumThresholds"/> evenly spaced
/// thresholds 0, 1/(n−1), …, 1 (a single threshold is 0.5); a score is positive iff <c>score &gt; threshold</c>. Each
/// score is counted in its bin once (O(n + thresholds)); the state is 2 × (thresholds + 1) weighted counts, merged by
/// addition. Labels must be 0 or 1; scores are probabilities. Rates with a zero denominator are 0, as Keras.
/// </summary>
/// <remarks>When no threshold satisfies the constraint Keras returns 0; here the value is <see cref="ZeroDivision"/> (NaN by default).</remarks>
[Metric(Name = "precision_at_recall")]
[HigherIsBetter]
public partial record struct PrecisionAtRecall
{
    /// <summary>The minimum recall (in [0, 1]; required).</summary>
    [Parameter(Min = 0, Max = 1)] public double Recall { get; init; }

    /// <summary>The number of evenly spaced thresholds (at least 1; default 200).</summary>
    [Parameter(Min = 1)] public int NumThresholds { get; init; } = 200;

    /// <summary>The value when no threshold satisfies the constraint.</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>
    /// Keras' <c>class_id</c>: with score rows only this column counts; null (the default) counts every element of the
    /// rows, as Keras flattens them. Must lie inside the rows; not allowed with (label, score) element inputs.
    /// </summary>
    [Parameter(Min = 0)] public int? ClassId { get; init; } = null;

    /// <summary>Weighted counts per bin: cell 2b + label, where bin b holds the scores above exactly b thresholds.</summary>
    [Sum, SizedBy(nameof(Cells))] public SumArray Counts;

    private readonly long Cells => 2L * (NumThresholds + 1L);

    private static PrecisionAtRecall Update([ClassIndex(2)] int label, [NotNaN] double prediction, int numThresholds, int? classId)
    {
        ClassColumn.RejectForElements(classId);
        return new() { Counts = SumArray.At((2 * new ThresholdGrid(numThresholds, default, withEndpoints: false).Bucket(prediction)) + label) };
    }

    private static PrecisionAtRecall Update<T>(
        [ClassIndex(2)] ReadOnlySpan<int> labels, [RowLength(Above = nameof(ClassId)), NotNaN] ReadOnlySpan<T> scores, int numThresholds, int? classId, SumArrayWriter counts)
        where T : INumber<T>
    {
        BinnedRows.Add(new ThresholdGrid(numThresholds, default, withEndpoints: false), labels, scores, classId, counts);
        return default;
    }

    /// <summary>The best value over the thresholds that satisfy the constraint.</summary>
    public readonly double Compute() => AtConstraint(RateConstraint.PrecisionAtRecall, Recall, ZeroDivision);

    /// <summary>The best value over the thresholds whose other rate meets <paramref name="target"/>, from these bins (the at-X metrics derived from them share it).</summary>
    internal readonly double AtConstraint(RateConstraint constraint, double target, ZeroDivision zeroDivision)
    {
        var grid = new ThresholdGrid(NumThresholds, default, withEndpoints: false);
        var tp = new double[grid.Count];
        var fp = new double[grid.Count];
        var (positives, negatives) = grid.Confusion(Counts.Cells, tp, fp);
        return BinnedCurves.AtConstraint(tp, fp, positives, negatives, constraint, target, zeroDivision);
    }
}
