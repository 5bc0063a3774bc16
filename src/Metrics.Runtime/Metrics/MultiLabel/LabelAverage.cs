namespace Metrics;

/// <summary>
/// How per-label scores of multi-label data are combined (scikit-learn's <c>average</c> on indicator matrices). The
/// first three have the values of <see cref="AverageMode"/>.
/// </summary>
public enum LabelAverage
{
    /// <summary>The unweighted mean over the labels present (as a label or a prediction).</summary>
    Macro = 0,

    /// <summary>The score of the counts summed over all labels.</summary>
    Micro = 1,

    /// <summary>The mean over the labels present, weighted by each label's support (its number of positives).</summary>
    Weighted = 2,

    /// <summary>The score of each row (sample) over its labels, averaged over the rows (weighted by the row weights).</summary>
    Samples = 3,
}
