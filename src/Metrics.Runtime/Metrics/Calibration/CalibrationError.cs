namespace Metrics;

/// <summary>
/// The top-label calibration error of probabilities, as TorchMetrics' <c>BinaryCalibrationError</c> and
/// <c>MulticlassCalibrationError</c>: elements fall into <see cref="NumBins"/> uniform bins by confidence, and the gaps
/// |accuracy − mean confidence| of the bins are combined by <see cref="Norm"/> (ECE, RMSCE or MCE), each bin weighted
/// by its share of the (weighted) elements.
/// <list type="bullet">
/// <item>Binary (a label 0 or 1 and the probability of class 1): the confidence is the probability and the accuracy
/// the label, as TorchMetrics' <c>binary_calibration_error</c> (a reliability diagram of class 1, not of the predicted
/// class).</item>
/// <item>Multi-class (a class label and a row of class probabilities): the confidence is the row's maximum and the
/// accuracy whether its argmax (lowest index on ties) is the label.</item>
/// </list>
/// Bins are TorchMetrics': [b/n, (b+1)/n), and a confidence of exactly 1 has a bin of its own. The state is
/// 3 × (bins + 1) weighted sums (count, confidence sum, accuracy sum per bin), merged by addition; TorchMetrics keeps
/// every sample instead. Probabilities must lie in [0, 1] (an <see cref="ArgumentOutOfRangeException"/> otherwise;
/// TorchMetrics applies a sigmoid/softmax to anything outside). NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct CalibrationError
{
    /// <summary>The number of uniform bins on [0, 1] (at least 1; default 15, as TorchMetrics).</summary>
    [Parameter(Min = 1)] public int NumBins { get; init; } = 15;

    /// <summary>How the per-bin gaps are combined (default: L1, the expected calibration error).</summary>
    [Parameter] public CalibrationNorm Norm { get; init; } = CalibrationNorm.L1;

    /// <summary>Per bin b (0 … NumBins, the last for confidence 1): cells 3b, 3b + 1, 3b + 2 hold the weighted count, confidence sum and accuracy sum.</summary>
    [Sum, SizedBy(nameof(Cells))] public SumArray Bins;

    private readonly long Cells => CalibrationBins.CellsPerBin * (NumBins + 1L);

    private static CalibrationError Update([ClassIndex(2)] int label, [Probability] double prediction, int numBins, SumArrayWriter bins)
    {
        CalibrationBins.Add(bins, CalibrationBins.LeftClosed(prediction, numBins), prediction, label);
        return default;
    }

    private static CalibrationError Update<T>([ClassIndex] int label, [Probability] ReadOnlySpan<T> probabilities, int numBins, SumArrayWriter bins)
        where T : INumber<T>
    {
        var predicted = ClassConfusion.ArgMax(probabilities);
        var confidence = double.CreateTruncating(probabilities[predicted]);
        CalibrationBins.Add(bins, CalibrationBins.LeftClosed(confidence, numBins), confidence, predicted == label ? 1 : 0);
        return default;
    }

    /// <summary>
    /// The reliability curve behind the value: per non-empty bin (by increasing confidence; the last bin is that of
    /// confidence 1), the accuracy, the mean confidence and the weighted count. Empty when nothing was seen.
    /// </summary>
    public readonly CalibrationCurvePoints ReliabilityCurve() => CalibrationBins.Points(Bins, NumBins + 1);

    /// <summary>The calibration error under <see cref="Norm"/>, or NaN when empty.</summary>
    public readonly double Compute()
    {
        var cells = Bins;
        var total = 0.0;
        for (var b = 0; b <= NumBins; b++)
        {
            total += cells[b * CalibrationBins.CellsPerBin];
        }

        if (!(total > 0))
        {
            return double.NaN;
        }

        var error = 0.0;
        for (var b = 0; b <= NumBins; b++)
        {
            var cell = b * CalibrationBins.CellsPerBin;
            var weight = cells[cell];
            if (weight == 0)
            {
                continue;
            }

            var gap = Math.Abs((cells[cell + 2] / weight) - (cells[cell + 1] / weight));
            error = Norm switch
            {
                CalibrationNorm.L1 => error + (gap * weight / total),
                CalibrationNorm.L2 => error + (gap * gap * weight / total),
                _ => Math.Max(error, gap),
            };
        }

        return Norm == CalibrationNorm.L2 ? Math.Sqrt(error) : error;
    }
}
