namespace Metrics;

/// <summary>How <see cref="ConfusionMatrix"/> normalizes its cells (scikit-learn's <c>normalize</c>).</summary>
public enum ConfusionNormalization
{
    /// <summary>The (weighted) counts.</summary>
    None = 0,

    /// <summary>Each row divided by its sum (the true class's support): rows sum to 1.</summary>
    True = 1,

    /// <summary>Each column divided by its sum (the predicted class's count): columns sum to 1.</summary>
    Pred = 2,

    /// <summary>Every cell divided by the total.</summary>
    All = 3,
}
