namespace Metrics;

/// <summary>
/// The points of a calibration (reliability) curve, as scikit-learn's <c>calibration_curve</c>: one per non-empty bin,
/// by increasing bin, with the bin's (weighted) number of elements for the histogram of a reliability diagram.
/// </summary>
/// <param name="ProbTrue">The (weighted) fraction of positives in each bin (for a top-label curve, the accuracy).</param>
/// <param name="ProbPred">The (weighted) mean predicted probability in each bin (for a top-label curve, the mean confidence).</param>
/// <param name="Counts">The (weighted) number of elements in each bin.</param>
public sealed record CalibrationCurvePoints(double[] ProbTrue, double[] ProbPred, double[] Counts);
