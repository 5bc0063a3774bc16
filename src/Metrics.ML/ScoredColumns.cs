namespace Metrics.ML;

/// <summary>
/// The columns of a scored <c>IDataView</c> to read, named by ML.NET's conventions unless overridden: the task, the
/// label and score columns, and for a binary view which column is the prediction. Create one with
/// <see cref="Binary"/>, <see cref="Multiclass"/> or <see cref="Regression"/> and override names with <c>with</c>.
/// </summary>
/// <param name="Task">The task, which fixes the expected column types.</param>
public sealed record ScoredColumns(ScoredTask Task)
{
    /// <summary>The label column (default <c>Label</c>).</summary>
    public string Label { get; init; } = "Label";

    /// <summary>The score column (default <c>Score</c>).</summary>
    public string Score { get; init; } = "Score";

    /// <summary>The probability column of a binary view (default <c>Probability</c>).</summary>
    public string Probability { get; init; } = "Probability";

    /// <summary>The predicted label column of a binary view (default <c>PredictedLabel</c>).</summary>
    public string PredictedLabel { get; init; } = "PredictedLabel";

    /// <summary>Which column of a binary view is the prediction (default <see cref="BinaryPrediction.Score"/>).</summary>
    public BinaryPrediction BinaryPrediction { get; init; } = BinaryPrediction.Score;

    /// <summary>An optional Single or Double column of row weights (default none).</summary>
    public string? Weight { get; init; }

    /// <summary>A binary view's columns, predicting with <paramref name="prediction"/>.</summary>
    /// <param name="prediction">Which column is the prediction.</param>
    public static ScoredColumns Binary(BinaryPrediction prediction = BinaryPrediction.Score) =>
        new(ScoredTask.Binary) { BinaryPrediction = prediction };

    /// <summary>A multi-class view's columns: labels become 0-based class indices, scores become class rows.</summary>
    public static ScoredColumns Multiclass() => new(ScoredTask.Multiclass);

    /// <summary>A regression view's columns.</summary>
    public static ScoredColumns Regression() => new(ScoredTask.Regression);

    /// <summary>The column that holds the prediction for this task.</summary>
    internal string PredictionColumn => Task != ScoredTask.Binary
        ? Score
        : BinaryPrediction switch
        {
            BinaryPrediction.Probability => Probability,
            BinaryPrediction.PredictedLabel => PredictedLabel,
            _ => Score,
        };
}
