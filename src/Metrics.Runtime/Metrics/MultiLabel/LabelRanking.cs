namespace Metrics;

/// <summary>The label ranking statistics of one multi-label row (scikit-learn's definitions; ties rank pessimistically).</summary>
/// <param name="AveragePrecision">The label ranking average precision of the row.</param>
/// <param name="Coverage">The number of labels scored at least as high as the lowest-scored relevant label.</param>
/// <param name="Loss">The fraction of (relevant, irrelevant) pairs whose irrelevant label scores at least as high.</param>
internal readonly record struct LabelRanking(double AveragePrecision, double Coverage, double Loss)
{
    /// <summary>The statistics of a row of 0/1 labels and its scores (quadratic in the row length).</summary>
    public static LabelRanking Of<T>(ReadOnlySpan<int> labels, ReadOnlySpan<T> scores)
        where T : INumber<T>
    {
        var relevant = 0;
        var lowestRelevant = double.PositiveInfinity;
        for (var j = 0; j < scores.Length; j++)
        {
            relevant += labels[j];
            lowestRelevant = labels[j] == 1 ? Math.Min(lowestRelevant, double.CreateTruncating(scores[j])) : lowestRelevant;
        }

        double precisionSum = 0, wrongPairs = 0, coverage = 0;
        for (var j = 0; j < scores.Length; j++)
        {
            var score = double.CreateTruncating(scores[j]);
            coverage += relevant > 0 && score >= lowestRelevant ? 1 : 0;
            if (labels[j] == 0)
            {
                continue;
            }

            double atLeast = 0, relevantAtLeast = 0;
            for (var k = 0; k < scores.Length; k++)
            {
                if (double.CreateTruncating(scores[k]) >= score)
                {
                    atLeast++;
                    relevantAtLeast += labels[k];
                    wrongPairs += 1 - labels[k];
                }
            }

            precisionSum += relevantAtLeast / atLeast;
        }

        var mixed = relevant > 0 && relevant < scores.Length;
        return new(
            mixed ? precisionSum / relevant : 1.0,
            coverage,
            mixed ? wrongPairs / ((double)relevant * (scores.Length - relevant)) : 0.0);
    }
}
