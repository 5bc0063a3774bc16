namespace Metrics;

/// <summary>How per-class scores are combined into one value (scikit-learn's and Keras' <c>average</c>).</summary>
public enum AverageMode
{
    /// <summary>The unweighted mean over the classes present (as a label or a prediction).</summary>
    Macro = 0,

    /// <summary>The score of the counts summed over all classes.</summary>
    Micro = 1,

    /// <summary>The mean over the classes present, weighted by each class's support (its number of labels).</summary>
    Weighted = 2,
}
