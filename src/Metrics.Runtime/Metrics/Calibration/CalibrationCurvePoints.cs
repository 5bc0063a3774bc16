namespace Metrics;

/// <summary>
/// The points of a calibration (reliability) curve, as scikit-learn's <c>calibration_curve</c>: one per non-empty bin,
/// by increasing bin.
/// </summary>
/// <param name="ProbTrue">The (weighted) fraction of positives in each bin.</param>
/// <param name="ProbPred">The (weighted) mean predicted probability in each bin.</param>
public sealed record CalibrationCurvePoints(double[] ProbTrue, double[] ProbPred);
