namespace Metrics.Numerics;

/// <summary>
/// What one ranking of unweighted binary samples with float scores gives both exact summaries
/// (<see cref="RankSum.Rank"/>): the ROC AUC's pair count and average precision's sum. A sample buffer keeps it beside
/// its samples (<see cref="SampleBuffer.Derived{T}"/>), so that <c>roc_auc</c> and <c>average_precision</c> in one
/// collection rank the scores once.
/// </summary>
/// <param name="Pairs">Twice the Mann-Whitney U statistic: 2 per (positive, negative) pair the positive wins, 1 per tie.</param>
/// <param name="Positives">The number of positive samples.</param>
/// <param name="Negatives">The number of negative samples.</param>
/// <param name="PrecisionSum">Σ (TPₖ − TPₖ₋₁)·Pₖ over decreasing distinct scores: average precision times <paramref name="Positives"/>.</param>
public sealed record BinaryRanking(long Pairs, long Positives, long Negatives, double PrecisionSum)
{
    /// <summary>Ranks the samples of <paramref name="samples"/> (float scores, byte labels, no weights).</summary>
    /// <param name="samples">The samples.</param>
    /// <returns>The ranking's counts and sum.</returns>
    public static BinaryRanking Of(SampleBuffer samples) => RankSum.Rank(samples.SingleScores, samples.ByteLabels);
}
