namespace Metrics;

/// <summary>
/// The sufficient statistics of the multi-label family (precision, recall, F-beta, Jaccard, exact match, Hamming
/// loss): per label the (weighted) TP, FP, TN, FN, and per row sums for the <see cref="LabelAverage.Samples"/> average
/// and subset accuracy. Inputs are rows of <see cref="NumLabels"/> labels (0/1; soft labels in [0, 1] count
/// fractionally, as Keras; anything else, NaN included, is rejected) and scores. With a <see cref="Threshold"/> a score
/// is positive iff <c>score &gt; Threshold</c> (0.5 takes 0/1 predictions as they are); with null (the default, Keras'
/// rule) the positives of a row are its maximal scores (all of them on ties) unless the maximum is within 1e-9 of 0.
/// </summary>
[Metric]
public partial record struct MultiLabelCounts
{
    /// <summary>The number of labels (columns), at least 1.</summary>
    [Parameter(Min = 1)] public int NumLabels { get; init; }

    /// <summary>The decision threshold in (0, 1], or null for Keras' row-maximum rule (the default).</summary>
    [Parameter(Min = 0, MinExclusive = true, Max = 1)] public double? Threshold { get; init; } = null;

    /// <summary>The β &gt; 0 of the per-row F-beta scores that the samples average needs (1 by default).</summary>
    [Parameter(Min = 0, MinExclusive = true)] public double Beta { get; init; } = 1.0;

    /// <summary>The (weighted) TP, FP, TN, FN of each label, <c>[label * 4 + k]</c>, then the row sums of <see cref="LabelRows"/>.</summary>
    [Sum, SizedBy(nameof(CountCells))] public SumArray Counts;

    private readonly long CountCells => ((long)NumLabels * LabelCounts.CellsPerLabel) + LabelRows.Cells;

    private static MultiLabelCounts Update<T>(
        [Probability] ReadOnlySpan<T> labels, [RowLength(EqualTo = nameof(NumLabels))] ReadOnlySpan<T> scores, double? threshold, double beta, SumArrayWriter counts)
        where T : INumber<T>
    {
        var rowMax = threshold is null ? double.CreateTruncating(TensorPrimitives.Max(scores)) : 0.0;
        double tp = 0, fp = 0, tn = 0, fn = 0;
        var exact = true;
        for (var l = 0; l < scores.Length; l++)
        {
            var score = double.CreateTruncating(scores[l]);
            var predicted = threshold is { } t ? score > t : score >= rowMax && Math.Abs(score) > 1e-9;
            LabelCounts.Add(counts, labels, l, predicted);
            var truth = double.CreateTruncating(labels[l]);
            exact &= truth == (predicted ? 1 : 0);
            tp += predicted ? truth : 0;
            fp += predicted ? 1 - truth : 0;
            tn += predicted ? 0 : 1 - truth;
            fn += predicted ? 0 : truth;
        }

        LabelRows.Add(counts, scores.Length, new ConfusionCounts(tp, fp, tn, fn), exact, beta);
        return default;
    }

    /// <summary>The counts of every label.</summary>
    public readonly ConfusionCounts[] Compute() => LabelCounts.PerLabel(Counts, NumLabels);

    /// <summary>A per-label score averaged as <paramref name="average"/> asks (see <see cref="ConfusionAverage"/>), or its row mean.</summary>
    internal readonly double Average(LabelAverage average, bool allLabels, RowScore rowScore, Func<ConfusionCounts, double> score, ZeroDivision zeroDivision) =>
        average == LabelAverage.Samples
            ? LabelRows.Mean(Counts, NumLabels, rowScore, zeroDivision)
            : ConfusionAverage.Average(Compute(), (AverageMode)average, allLabels, score);

    /// <summary>Each label's score; NaN for an absent label unless <paramref name="allLabels"/>.</summary>
    internal readonly double[] PerLabel(bool allLabels, Func<ConfusionCounts, double> score) =>
        ConfusionAverage.PerClass(Compute(), allLabels, score);
}
