namespace Metrics.ML;

/// <summary>Which column of a binary scored view becomes the metrics' prediction.</summary>
public enum BinaryPrediction
{
    /// <summary>The <c>Score</c> column, a margin: positive iff greater than 0, the default threshold of the thresholded metrics, as ML.NET's <c>PredictedLabel</c>.</summary>
    Score,

    /// <summary>The <c>Probability</c> column (set the thresholded metrics' <c>Threshold</c> to 0.5; for log loss and calibration).</summary>
    Probability,

    /// <summary>The <c>PredictedLabel</c> column, as 1 (true) or 0 (false).</summary>
    PredictedLabel,
}
