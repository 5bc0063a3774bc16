namespace Metrics.Numerics;

/// <summary>
/// The range rules of docs/numeric-range.md, shared by every <c>Compute</c>: which accumulated totals still carry a
/// value that is right to rounding, and the power-of-two scaling that keeps scale-invariant ratios in range.
/// </summary>
public static class NumericRange
{
    /// <summary>
    /// The smallest sum of squares (2⁻⁹⁶⁹) whose terms cannot have lost more than rounding to the subnormal range:
    /// a term below 2⁻¹⁰²² is off by at most 2⁻¹⁰⁷⁵, which is 2⁻¹⁰⁶ of this bound.
    /// </summary>
    public static readonly double SmallestSquares = Math.ScaleB(1.0, -969);

    /// <summary>
    /// Whether a sum of squares (a second moment) is known to rounding: finite and either exactly 0 (every deviation
    /// was 0) or at least <see cref="SmallestSquares"/>.
    /// </summary>
    /// <param name="squares">The sum of squares.</param>
    public static bool IsResolved(double squares) => squares == 0 || (squares >= SmallestSquares && squares < double.PositiveInfinity);

    /// <summary>
    /// <paramref name="total"/> / <paramref name="count"/>, or NaN when the (weighted) count overflowed to +∞: the
    /// true count is then unknown, and dividing by ∞ would give a wrong 0.
    /// </summary>
    /// <param name="total">The summed contributions.</param>
    /// <param name="count">The (weighted) number of elements.</param>
    public static double Mean(double total, double count) =>
        double.IsPositiveInfinity(count) ? double.NaN : total / count;

    /// <summary>
    /// The power of two that brings <paramref name="magnitude"/> into [1, 2): multiplying by it is exact (outside the
    /// subnormal range) and keeps products of totals from overflowing or underflowing. 1 for 0, ∞ or NaN; at most
    /// 2¹⁰²³ for subnormal magnitudes.
    /// </summary>
    /// <param name="magnitude">The largest magnitude of the values to scale.</param>
    public static double UnitScale(double magnitude) =>
        magnitude > 0 && magnitude < double.PositiveInfinity ? Math.ScaleB(1.0, Math.Min(1023, -Math.ILogB(magnitude))) : 1.0;

    /// <summary>
    /// The label magnitude (2⁻⁴²⁰) below which a zero sum of squares no longer proves constant labels: two distinct
    /// values at least this large differ by at least one ulp (2⁻⁴⁷²), whose square is still normal.
    /// </summary>
    public static readonly double SmallestResolvedScale = Math.ScaleB(1.0, -420);

    /// <summary>
    /// Whether a sum of squared deviations is exactly 0 because the values were constant, as far as can be told from
    /// it and the values' magnitude: false when it is 0 but the values are so small that their deviations may have
    /// squared to 0.
    /// </summary>
    /// <param name="squares">The sum of squared deviations.</param>
    /// <param name="magnitude">The largest magnitude the state knows of the values (first value and mean).</param>
    public static bool IsConstant(double squares, double magnitude) =>
        squares == 0 && (magnitude == 0 || magnitude >= SmallestResolvedScale);
}
