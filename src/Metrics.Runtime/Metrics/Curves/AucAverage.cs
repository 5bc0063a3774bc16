namespace Metrics;

/// <summary>How per-class AUCs are averaged (scikit-learn's <c>average</c> for one-vs-rest).</summary>
public enum AucAverage
{
    /// <summary>The unweighted mean over classes.</summary>
    Macro = 0,

    /// <summary>The mean weighted by each class's (sample-weighted) number of positives.</summary>
    Weighted = 1,
}
