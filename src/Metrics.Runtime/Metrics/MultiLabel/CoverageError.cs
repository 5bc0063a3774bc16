namespace Metrics;

/// <summary>
/// Coverage error of multi-label data, as scikit-learn's <c>coverage_error</c>: how far down a row's ranking by score
/// one must go to cover every relevant label (the number of labels scored at least as high as the lowest-scored
/// relevant one; 0 for a row without relevant labels), averaged (weighted) over rows. Inputs and state are
/// <see cref="LabelRankingAveragePrecision"/>'s. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct CoverageError
{
    /// <summary>The row sums of the label ranking metrics.</summary>
    [Statistics] public LabelRankingAveragePrecision Ranking;

    /// <summary>The coverage error.</summary>
    public readonly double Compute() => Ranking.Coverage / Ranking.Count;
}
