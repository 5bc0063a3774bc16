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
    /// <summary>Pearson's r: <c>C / √(M2X·M2Y)</c>; NaN when empty or when either side is constant.</summary>
    public double Pearson => Count > 0 ? CoMoment / System.Math.Sqrt(M2X * M2Y) : double.NaN;

    /// <summary>
    /// Lin's concordance correlation coefficient with population moments:
    /// <c>2·cov / (var_x + var_y + (x̄ − ȳ)²)</c>; NaN when empty or when both sides are the same constant.
    /// </summary>
    public double Concordance
    {
        get
        {
            if (Count <= 0)
            {
                return double.NaN;
            }

            var difference = MeanDifference;
            return 2.0 * CoMoment / Count / ((M2X / Count) + (M2Y / Count) + (difference * difference));
        }
    }
}
