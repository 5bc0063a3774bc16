namespace Metrics.Numerics;

/// <summary>
/// Paired co-moments stored as deviations from per-variable shifts, and their merge (Chan et al.'s pairwise update
/// extended to the cross moment). Shared by the correlation metrics' <c>Merge</c> functions.
/// </summary>
/// <param name="Count">The (weighted) number of pairs.</param>
/// <param name="ShiftX">The reference point of x (the first x of the state).</param>
/// <param name="ShiftY">The reference point of y.</param>
/// <param name="ShiftedMeanX">The mean of x minus <paramref name="ShiftX"/>.</param>
/// <param name="ShiftedMeanY">The mean of y minus <paramref name="ShiftY"/>.</param>
/// <param name="M2X">Σw(x − x̄)².</param>
/// <param name="M2Y">Σw(y − ȳ)².</param>
/// <param name="CoMoment">Σw(x − x̄)(y − ȳ).</param>
public readonly record struct ShiftedComoments(
    double Count, double ShiftX, double ShiftY, double ShiftedMeanX, double ShiftedMeanY, double M2X, double M2Y, double CoMoment)
{
    /// <summary>Merges two states; an empty operand leaves the other unchanged, so empty batches never poison a state.</summary>
    /// <param name="a">The first state (its shifts are kept).</param>
    /// <param name="b">The second state.</param>
    public static ShiftedComoments Merge(in ShiftedComoments a, in ShiftedComoments b)
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

        // The shift differences are exact when the shifts are close (Sterbenz): that keeps offset data precise.
        var dx = (b.ShiftX - a.ShiftX) + b.ShiftedMeanX - a.ShiftedMeanX;
        var dy = (b.ShiftY - a.ShiftY) + b.ShiftedMeanY - a.ShiftedMeanY;
        // As Welford's merge: a non-finite dx or dy (an infinite or NaN value, or finite means more than
        // double.MaxValue apart) takes the plain weighted means, the same in either order, and moments that are ±∞ or
        // NaN, which every Compute reports as NaN.
        if (double.IsNaN((dx - dx) + (dy - dy)))
        {
            return new(
                count,
                ((a.ShiftX + a.ShiftedMeanX) * (a.Count / count)) + ((b.ShiftX + b.ShiftedMeanX) * (b.Count / count)),
                ((a.ShiftY + a.ShiftedMeanY) * (a.Count / count)) + ((b.ShiftY + b.ShiftedMeanY) * (b.Count / count)),
                0,
                0,
                a.M2X + b.M2X + (dx * dx),
                a.M2Y + b.M2Y + (dy * dy),
                a.CoMoment + b.CoMoment + (dx * dy));
        }

        var share = b.Count / count;
        var cross = a.Count * share;
        return new(
            count,
            a.ShiftX,
            a.ShiftY,
            a.ShiftedMeanX + (dx * share),
            a.ShiftedMeanY + (dy * share),
            a.M2X + b.M2X + (dx * dx * cross),
            a.M2Y + b.M2Y + (dy * dy * cross),
            a.CoMoment + b.CoMoment + (dx * dy * cross));
    }
}
