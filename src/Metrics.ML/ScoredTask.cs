namespace Metrics.ML;

/// <summary>Which of ML.NET's scored-view conventions a view follows.</summary>
public enum ScoredTask
{
    /// <summary>Binary classification: a Boolean <c>Label</c>, a Single <c>Score</c> (the margin), a Single <c>Probability</c> and a Boolean <c>PredictedLabel</c>.</summary>
    Binary,

    /// <summary>Multi-class classification: a key-typed <c>Label</c> (1-based, 0 = missing) and a <c>Score</c> vector of Single, one per class.</summary>
    Multiclass,

    /// <summary>Regression: a Single <c>Label</c> and a Single <c>Score</c>.</summary>
    Regression,
}
