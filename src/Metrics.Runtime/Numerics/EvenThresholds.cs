namespace Metrics.Numerics;

/// <summary>
/// The bucket of a score on Keras's evenly spaced AUC grid (−1e-7, i/(n−1) for i = 1…n−2, 1 + 1e-7), written with
/// arithmetic, comparisons and selects only, so that the generator lifts it to SIMD lanes: the same value as
/// <see cref="ThresholdGrid.Bucket"/> for that grid, on every width.
/// </summary>
/// <remarks>
/// The true bucket b (the number of thresholds strictly below the score) satisfies t(b−1) &lt; score ≤ t(b).
/// <c>⌊score·(n−1)·(1 + 2⁻⁵⁰)⌋ + 1</c>, clamped to [1, n−1], is b or b + 1 (the product is within two roundings of
/// the exact one, the thresholds within one rounding of i/(n−1), and the nudge outweighs both), so a single comparison
/// with the exact threshold below it (<c>i * 1.0 / (n − 1)</c>, as the grid computes it) decides; scores above
/// 1 + 1e-7 are above every threshold. One division per score, where a step each way would take two.
/// </remarks>
public static class EvenThresholds
{
    // 1 + 2^-50.
    private const double Nudge = 1.0000000000000009;

    /// <summary>The number of thresholds of the evenly spaced AUC grid of <paramref name="numThresholds"/> that lie strictly below <paramref name="score"/>.</summary>
    /// <param name="score">The score (not NaN).</param>
    /// <param name="numThresholds">The number of thresholds, at least 2.</param>
    /// <returns>The bucket, in [0, <paramref name="numThresholds"/>].</returns>
    public static int AucBucket(double score, int numThresholds)
    {
        double last = numThresholds - 1;
        var estimate = Math.Floor(score * last * Nudge) + 1;
        var guess = estimate >= last ? last : estimate > 1 ? estimate : 1;
        var bucket = AucThreshold(guess - 1, last) < score ? guess : guess - 1;
        return (int)(score > 1 + ThresholdGrid.Epsilon ? numThresholds : bucket);
    }

    /// <summary>Threshold <paramref name="i"/> of the grid whose last index is <paramref name="last"/> (n − 1), for i below it.</summary>
    /// <param name="i">The index, a whole number in [0, <paramref name="last"/>).</param>
    /// <param name="last">n − 1.</param>
    /// <returns>The threshold.</returns>
    public static double AucThreshold(double i, double last) => i <= 0 ? -ThresholdGrid.Epsilon : i / last;
}
