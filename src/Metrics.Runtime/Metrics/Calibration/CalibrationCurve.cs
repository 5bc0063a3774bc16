namespace Metrics;

/// <summary>
/// The calibration (reliability) curve of binary probabilities, as scikit-learn's
/// <c>calibration_curve(y_true, y_prob, n_bins, strategy='uniform')</c>: per non-empty bin of <see cref="NumBins"/>
/// uniform bins, the fraction of positives and the mean predicted probability. Bins are scikit-learn's: [0, 1/n], then
/// (b/n, (b+1)/n]. Labels must be 0 or 1 and probabilities lie in [0, 1] (an
/// <see cref="ArgumentOutOfRangeException"/> otherwise). scikit-learn has no sample weights; here a weight scales an
/// element's share of its bin, so both coordinates are weighted means per bin (integer weights ≡ repeated elements)
/// and a bin whose elements all have weight 0 is empty. The state is 3 × bins weighted sums, merged by addition.
/// </summary>
[Metric]
public partial record struct CalibrationCurve
{
    /// <summary>The number of uniform bins on [0, 1] (at least 1; default 5, as scikit-learn).</summary>
    [Parameter(Min = 1)] public int NumBins { get; init; } = 5;

    /// <summary>Per bin b: cells 3b, 3b + 1, 3b + 2 hold the weighted count, probability sum and positive count.</summary>
    [Sum, SizedBy(nameof(Cells))] public SumArray Bins;

    private readonly long Cells => (long)CalibrationBins.CellsPerBin * NumBins;

    private static CalibrationCurve Update([ClassIndex(2)] int label, [Probability] double prediction, int numBins, SumArrayWriter bins)
    {
        CalibrationBins.Add(bins, CalibrationBins.RightClosed(prediction, numBins), prediction, label);
        return default;
    }

    /// <summary>The curve's points, one per non-empty bin (none when empty).</summary>
    public readonly CalibrationCurvePoints Compute() => CalibrationBins.Points(Bins, NumBins);
}
