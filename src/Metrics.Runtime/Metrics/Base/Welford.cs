namespace Metrics;

/// <summary>
/// Running mean and variance by Welford's algorithm, merged with Chan's parallel formula. Deviations are taken from
/// a shift (the first value seen), so data far from zero (values around 1e9) keeps its full precision; shards merge
/// exactly as one pass. Weights are frequency weights: an integer weight equals repeating the value. An empty or
/// all-masked batch leaves the state unchanged (flax's Welford turns NaN).
/// </summary>
/// <remarks>
/// Range rules (docs/numeric-range.md), the same whatever the order of values, batches and merges: a ±∞ value makes
/// the mean the IEEE sum of the infinities seen (±∞, or NaN when both signs occur) and every variance NaN; a NaN value
/// makes everything NaN; a weight total beyond <see cref="double.MaxValue"/> makes every statistic NaN (the count
/// is then +∞).
/// </remarks>
[Metric]
[ShiftedMoments(nameof(Count), nameof(Shift), nameof(ShiftedMean), nameof(M2))]
public partial record struct Welford
{
    /// <summary>The number of values (the sum of their weights).</summary>
    [Sum] public double Count;

    /// <summary>The reference point deviations are measured from: the first value of the state.</summary>
    public double Shift;

    /// <summary>The running mean minus <see cref="Shift"/>.</summary>
    public double ShiftedMean;

    /// <summary>The sum of squared deviations from the mean.</summary>
    [Sum] public double M2;

    private static Welford Update(double value) => new() { Count = 1, Shift = value, ShiftedMean = 0, M2 = 0 };

    private static Welford Merge(Welford a, Welford b)
    {
        if (b.Count == 0)
        {
            return a;
        }

        if (a.Count == 0)
        {
            return b;
        }

        var count = a.Count + b.Count;

        // (b.Shift − a.Shift) is exact when the shifts are close (Sterbenz), which is what keeps offset data precise.
        var delta = (b.Shift - a.Shift) + b.ShiftedMean - a.ShiftedMean;

        // delta is ±∞ or NaN when a mean is (an infinite or NaN value was seen) or when finite means lie more than
        // double.MaxValue apart. The plain weighted mean then gives the same answer in either order (the shifted
        // form would give ∞ − ∞ = NaN when the infinite side comes first), and keeps finite far-apart means right.
        if (double.IsNaN(delta - delta))
        {
            return new()
            {
                Count = count,
                Shift = ((a.Shift + a.ShiftedMean) * (a.Count / count)) + ((b.Shift + b.ShiftedMean) * (b.Count / count)),
                ShiftedMean = 0,
                M2 = a.M2 + b.M2 + (delta * delta),
            };
        }

        return new()
        {
            Count = count,
            Shift = a.Shift,
            ShiftedMean = a.ShiftedMean + (delta * (b.Count / count)),
            M2 = a.M2 + b.M2 + (delta * delta * (a.Count / count) * b.Count),
        };
    }

    /// <summary>The mean, variances, standard deviations and standard error of the values seen.</summary>
    public readonly Statistics Compute()
    {
        var mean = Shift + ShiftedMean;
        if (double.IsPositiveInfinity(Count))
        {
            return Statistics.From(Count, double.NaN, double.NaN);
        }

        // Deviations from an infinite mean are undefined; the merge's M2 may hold 0 (one infinite value) or ∞.
        return Statistics.From(Count, mean, double.IsFinite(mean) ? M2 : double.NaN);
    }
}
