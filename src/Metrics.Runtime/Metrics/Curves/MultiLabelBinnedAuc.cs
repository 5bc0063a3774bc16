namespace Metrics;

/// <summary>
/// Binned area under the ROC or precision-recall curve of multi-label data, as Keras's <c>AUC(multi_label=...,
/// num_labels, label_weights)</c>: each element is a row of <see cref="NumLabels"/> 0/1 labels and a row of scores, and
/// every label column has its own binned histogram (the bins of <see cref="Auc"/>: <see cref="NumThresholds"/> evenly
/// spaced thresholds or the explicit <see cref="Thresholds"/>, plus the ±1e-7 endpoints; positive iff
/// <c>score &gt; threshold</c>). <see cref="MultiLabelAverage.Macro"/> is Keras's <c>multi_label=True</c>: one AUC per
/// label, then their mean, or the <see cref="LabelWeights"/>-weighted mean. <see cref="MultiLabelAverage.Micro"/> is
/// Keras's <c>multi_label=False</c>: one AUC over every (label, score) pair, a pair weighted by its row's sample weight
/// times its column's label weight. <see cref="MultiLabelAverage.Weighted"/> (scikit-learn) weights each label's AUC by
/// its weighted number of positives (times its label weight). The binned counterpart of the exact
/// <see cref="MultiLabelAuc"/>, to which it converges as the thresholds get finer.
/// </summary>
/// <remarks>
/// A label whose AUC is undefined (one class only for ROC, no positives for PR) has the <see cref="ZeroDivision"/> value
/// (NaN by default, which then makes the macro and weighted means NaN; Keras gives 0), unless its weight in the mean is
/// 0 (label weight 0, or no positives under Weighted): such a label is left out. The state is
/// NumLabels × 2 × (thresholds + 1) weighted counts, merged by addition.
/// </remarks>
[Metric(Name = "multi_label_binned_auc")]
[HigherIsBetter]
public partial record struct MultiLabelBinnedAuc
{
    /// <summary>The number of labels (columns of every row; required, at least 1).</summary>
    [Parameter(Min = 1)] public int NumLabels { get; init; }

    /// <summary>How the labels are combined (default: macro, Keras's <c>multi_label=True</c>; micro is <c>multi_label=False</c>).</summary>
    [Parameter] public MultiLabelAverage Average { get; init; } = MultiLabelAverage.Macro;

    /// <summary>Non-negative weights of the label columns (Keras's <c>label_weights</c>), one per label, or empty for equal weights.</summary>
    [Parameter(Min = 0, AllowEmpty = true)] public ParameterArray<double> LabelWeights { get; init; } = LabelWeightsGuard.Equal;

    /// <summary>The number of evenly spaced thresholds, endpoints included (at least 2; default 200). Ignored when <see cref="Thresholds"/> is given.</summary>
    [Parameter(Min = 2)] public int NumThresholds { get; init; } = 200;

    /// <summary>Explicit thresholds in [0, 1] (the ±1e-7 endpoints are added), or none for the evenly spaced grid.</summary>
    [Parameter] public CurveThresholds Thresholds { get; init; } = default;

    /// <summary>The curve: ROC (default) or precision-recall.</summary>
    [Parameter] public AucCurve Curve { get; init; } = AucCurve.Roc;

    /// <summary>How the area between thresholds is summed (default: interpolation).</summary>
    [Parameter] public AucSummation Summation { get; init; } = AucSummation.Interpolation;

    /// <summary>Whether scores are logits, mapped through the sigmoid before binning (Keras's <c>from_logits</c>).</summary>
    [Parameter] public bool FromLogits { get; init; } = false;

    /// <summary>The value of an undefined area (a label's, or the micro one).</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>Weighted counts per label and bin: cell <c>label · 2(T + 1) + 2b + y</c>, where bin b holds the scores above exactly b thresholds.</summary>
    [Sum, SizedBy(nameof(CountCells))] public SumArray Counts;

    private readonly long CountCells => NumLabels * (2L * (Grid.Count + 1L));

    private readonly int CellsPerLabel => 2 * (Grid.Count + 1);

    /// <summary>The thresholds, ascending.</summary>
    public readonly ThresholdGrid Grid => new(NumThresholds, Thresholds, withEndpoints: true);

    private static MultiLabelBinnedAuc Update<T>(
        [ClassIndex(2)] ReadOnlySpan<int> labels, [RowLength(EqualTo = nameof(NumLabels)), NotNaN] ReadOnlySpan<T> scores,
        ParameterArray<double> labelWeights, int numThresholds, CurveThresholds thresholds, bool fromLogits, SumArrayWriter counts)
        where T : INumber<T>
    {
        LabelWeightsGuard.Check(labelWeights, scores.Length);
        var grid = new ThresholdGrid(numThresholds, thresholds, withEndpoints: true);
        var cellsPerLabel = 2 * (grid.Count + 1);
        for (var l = 0; l < scores.Length; l++)
        {
            var score = double.CreateTruncating(scores[l]);
            score = fromLogits ? 1 / (1 + Math.Exp(-score)) : score;
            counts.Add((l * cellsPerLabel) + (2 * grid.Bucket(score)) + labels[l]);
        }

        return default;
    }

    /// <summary>The combined area.</summary>
    public readonly double Compute() => Aggregate(out _);

    /// <summary>Each label's area (the <see cref="ZeroDivision"/> value where undefined).</summary>
    public readonly double[] PerLabel()
    {
        Aggregate(out var perLabel);
        return perLabel;
    }

    private readonly double Aggregate(out double[] perLabel)
    {
        LabelWeightsGuard.Check(LabelWeights, NumLabels);
        if (Average == MultiLabelAverage.Samples)
        {
            throw new NotSupportedException(
                "MultiLabelBinnedAuc keeps per-label histograms, not rows, so it has no Average = Samples (scikit-learn's average=\"samples\"); use MultiLabelAuc, which keeps the rows.");
        }

        var grid = Grid;
        var cellsPerLabel = CellsPerLabel;
        var cells = Counts.Cells;
        var tp = new double[grid.Count];
        var fp = new double[grid.Count];
        var microTp = new double[grid.Count];
        var microFp = new double[grid.Count];
        double microPositives = 0, microNegatives = 0, sum = 0, totalWeight = 0;
        perLabel = new double[NumLabels];
        for (var l = 0; l < NumLabels; l++)
        {
            var labelCells = cells.IsEmpty ? cells : cells.Slice(l * cellsPerLabel, cellsPerLabel);
            var (positives, negatives) = grid.Confusion(labelCells, tp, fp);
            var labelWeight = LabelWeights.Length == 0 ? 1.0 : LabelWeights[l];
            perLabel[l] = BinnedCurves.Auc(tp, fp, positives, negatives, Curve, Summation, ZeroDivision);
            var weight = Average == MultiLabelAverage.Weighted ? labelWeight * positives : labelWeight;
            if (weight != 0)
            {
                // Weight 0 excludes the label, as a zero sample weight excludes an element: its NaN must not leak.
                sum += weight * perLabel[l];
                totalWeight += weight;
            }
            for (var j = 0; j < tp.Length; j++)
            {
                microTp[j] += labelWeight * tp[j];
                microFp[j] += labelWeight * fp[j];
            }

            microPositives += labelWeight * positives;
            microNegatives += labelWeight * negatives;
        }

        return Average == MultiLabelAverage.Micro
            ? BinnedCurves.Auc(microTp, microFp, microPositives, microNegatives, Curve, Summation, ZeroDivision)
            : sum / totalWeight;
    }
}
