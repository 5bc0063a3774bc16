namespace Metrics;

/// <summary>
/// Mergeable sufficient statistics of paired values (x = label, y = prediction): the (weighted) count, the means, and
/// the sums of squared and cross deviations from the means, kept as deviations from a shift (the first pair seen) so
/// that data far from zero (values around 1e9) keeps its precision. Shards merge with Chan's co-moment formula.
/// </summary>
/// <param name="Count">The (weighted) number of pairs.</param>
/// <param name="MeanX">The mean of x.</param>
/// <param name="MeanY">The mean of y.</param>
/// <param name="M2X">Σw(x − x̄)².</param>
/// <param name="M2Y">Σw(y − ȳ)².</param>
/// <param name="CoMoment">Σw(x − x̄)(y − ȳ).</param>
/// <param name="MeanDifference">x̄ − ȳ, computed from the shifts so that it keeps its precision on offset data.</param>
public readonly record struct Comoments(
    double Count, double MeanX, double MeanY, double M2X, double M2Y, double CoMoment, double MeanDifference)
{
    /// <summary>
    /// Pearson's r: <c>C / (√M2X·√M2Y)</c>, each root taken separately so that no product of two sums over- or
    /// underflows; NaN when empty, when either side is constant, and outside the range of docs/numeric-range.md (a
    /// second moment that is ±∞, NaN, below <see cref="Numerics.NumericRange.SmallestSquares"/> or 0 for data too small
    /// to tell constant from underflowed, or a weight total
    /// beyond <see cref="double.MaxValue"/>).
    /// </summary>
    public double Pearson => InRange && M2X != 0 && M2Y != 0
        ? CoMoment / System.Math.Sqrt(M2X) / System.Math.Sqrt(M2Y)
        : double.NaN;

    /// <summary>
    /// Lin's concordance correlation coefficient with population moments:
    /// <c>2·cov / (var_x + var_y + (x̄ − ȳ)²)</c>, computed on the square roots scaled by a power of two so that it
    /// keeps its value over the whole double range; NaN when empty, when both sides are the same constant, and outside
    /// the range of docs/numeric-range.md (as <see cref="Pearson"/>, or a mean difference that is not finite).
    /// </summary>
    public double Concordance
    {
        get
        {
            if (!InRange || !double.IsFinite(MeanDifference))
            {
                return double.NaN;
            }

            // 2·C / (M2X + M2Y + n·d²), each term a square of a root; n·d² may exceed the range where the other terms
            // cannot: its root is then ∞ and the value is 0 to rounding (C ≤ √(M2X·M2Y) ≤ double.MaxValue).
            var spreadX = System.Math.Sqrt(M2X);
            var spreadY = System.Math.Sqrt(M2Y);
            var offset = System.Math.Sqrt(Count) * System.Math.Abs(MeanDifference);
            if (double.IsPositiveInfinity(offset))
            {
                return 0.0 * CoMoment;
            }

            var largest = System.Math.Max(System.Math.Max(spreadX, spreadY), offset);
            if (largest == 0)
            {
                return double.NaN;
            }

            var scale = Numerics.NumericRange.UnitScale(largest);
            spreadX *= scale;
            spreadY *= scale;
            offset *= scale;
            return 2.0 * (CoMoment * scale * scale) / ((spreadX * spreadX) + (spreadY * spreadY) + (offset * offset));
        }
    }

    // A moment of exactly 0 proves constant data only when the data is large enough for its deviations to square to a
    // normal number (else it may have underflowed).
    private bool InRange =>
        Count > 0 && Count < double.PositiveInfinity && double.IsFinite(CoMoment)
        && Numerics.NumericRange.IsResolved(M2X) && Numerics.NumericRange.IsResolved(M2Y)
        && (M2X != 0 || Numerics.NumericRange.IsConstant(M2X, System.Math.Abs(MeanX)))
        && (M2Y != 0 || Numerics.NumericRange.IsConstant(M2Y, System.Math.Abs(MeanY)));
}
