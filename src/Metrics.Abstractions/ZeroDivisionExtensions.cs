namespace Metrics;

/// <summary>Applies a <see cref="ZeroDivision"/> policy to a ratio.</summary>
public static class ZeroDivisionExtensions
{
    /// <summary>
    /// Returns <paramref name="numerator"/> / <paramref name="denominator"/>, the policy's value when the denominator is
    /// zero, or NaN when the denominator is infinite (a total of finite weights that overflowed: its true value is
    /// unknown, and dividing by it would give a wrong 0).
    /// </summary>
    /// <param name="policy">The policy for a zero denominator.</param>
    /// <param name="numerator">The ratio's numerator.</param>
    /// <param name="denominator">The ratio's denominator.</param>
    public static double Divide(this ZeroDivision policy, double numerator, double denominator) =>
        double.IsInfinity(denominator) ? double.NaN : denominator != 0 ? numerator / denominator : policy switch
        {
            ZeroDivision.Zero => 0.0,
            ZeroDivision.One => 1.0,
            _ => double.NaN,
        };
}
