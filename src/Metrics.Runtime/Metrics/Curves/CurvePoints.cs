namespace Metrics;

/// <summary>
/// The points of a ROC curve, as scikit-learn's <c>roc_curve</c>: by decreasing threshold, starting at (0, 0) with
/// threshold +∞ (scikit-learn ≥ 1.3; older versions print max score + 1).
/// </summary>
/// <param name="FalsePositiveRates">The false-positive rate at each threshold.</param>
/// <param name="TruePositiveRates">The true-positive rate at each threshold.</param>
/// <param name="Thresholds">The thresholds: a score is positive iff it is ≥ the threshold.</param>
public sealed record RocCurvePoints(double[] FalsePositiveRates, double[] TruePositiveRates, double[] Thresholds);

/// <summary>
/// The points of a precision-recall curve, as scikit-learn's <c>precision_recall_curve</c>: by increasing threshold,
/// followed by the point (recall 0, precision 1), which has no threshold.
/// </summary>
/// <param name="Precisions">The precision at each threshold, then 1.</param>
/// <param name="Recalls">The recall at each threshold, then 0.</param>
/// <param name="Thresholds">The thresholds (one fewer than the points): a score is positive iff it is ≥ the threshold.</param>
public sealed record PrecisionRecallCurvePoints(double[] Precisions, double[] Recalls, double[] Thresholds);

/// <summary>
/// The points of a detection error tradeoff curve, as scikit-learn's <c>det_curve</c>: by increasing threshold, from the
/// last threshold with the fewest false positives to the first with no false negative.
/// </summary>
/// <param name="FalsePositiveRates">The false-positive rate at each threshold (decreasing).</param>
/// <param name="FalseNegativeRates">The false-negative (miss) rate at each threshold (increasing).</param>
/// <param name="Thresholds">The thresholds, increasing: a score is positive iff it is ≥ the threshold.</param>
public sealed record DetCurvePoints(double[] FalsePositiveRates, double[] FalseNegativeRates, double[] Thresholds);
