namespace Metrics;

/// <summary>How per-label AUCs of multi-label data are combined (scikit-learn's <c>average</c>).</summary>
public enum MultiLabelAverage
{
    /// <summary>The unweighted mean over labels.</summary>
    Macro = 0,

    /// <summary>The mean weighted by each label's (sample-weighted) number of positives.</summary>
    Weighted = 1,

    /// <summary>One AUC over every (label, score) pair, each pair carrying its row's weight.</summary>
    Micro = 2,

    /// <summary>
    /// The value of each row over its labels, averaged over rows with the rows' weights (scikit-learn's
    /// <c>average="samples"</c>); only for metrics that keep the rows (not the binned <see cref="MultiLabelBinnedAuc"/>).
    /// </summary>
    Samples = 3,
}
