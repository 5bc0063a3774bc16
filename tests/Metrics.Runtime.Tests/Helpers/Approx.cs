using System;
using System.Globalization;
using Xunit;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>Floating-point assertions: NaN equals NaN, infinities must match exactly.</summary>
internal static class Approx
{
    /// <summary>Whether <paramref name="actual"/> is within <c>max(rel·|expected|, abs)</c> of <paramref name="expected"/>.</summary>
    public static bool Close(double expected, double actual, double relative, double absolute)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            return double.IsNaN(expected) && double.IsNaN(actual);
        }

        if (double.IsInfinity(expected) || double.IsInfinity(actual))
        {
            return expected == actual;
        }

        var scale = Math.Max(Math.Abs(expected), Math.Abs(actual));
        return Math.Abs(expected - actual) <= Math.Max(relative * scale, absolute);
    }

    /// <summary>Asserts closeness with a relative and an absolute (near zero) tolerance.</summary>
    public static void Equal(double expected, double actual, double relative = 1e-9, double absolute = 1e-12, string? context = null)
    {
        if (!Close(expected, actual, relative, absolute))
        {
            Assert.Fail(string.Create(
                CultureInfo.InvariantCulture,
                $"{context}{(context is null ? "" : ": ")}expected {expected:R} but got {actual:R} (difference {actual - expected:R}, relative tolerance {relative}, absolute {absolute})."));
        }
    }

    /// <summary>Asserts two double sequences are element-wise close.</summary>
    public static void Equal(double[] expected, double[] actual, double relative, double absolute, string? context = null)
    {
        Assert.True(
            expected.Length == actual.Length,
            $"{context}: expected {expected.Length} values but got {actual.Length}.");
        for (var i = 0; i < expected.Length; i++)
        {
            Equal(expected[i], actual[i], relative, absolute, $"{context}[{i}]");
        }
    }

    /// <summary>Asserts exact (bitwise, NaN-aware) equality of two double sequences.</summary>
    public static void Identical(double[] expected, double[] actual, string? context = null)
    {
        Assert.True(
            expected.Length == actual.Length,
            $"{context}: expected {expected.Length} values but got {actual.Length}.");
        for (var i = 0; i < expected.Length; i++)
        {
            if (!expected[i].Equals(actual[i]))
            {
                Assert.Fail(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{context}[{i}]: expected exactly {expected[i]:R} but got {actual[i]:R}."));
            }
        }
    }

    /// <summary>
    /// Compares with a value flax printed as a float32 (e.g. <c>0.5714286</c>): the printed digits are the shortest
    /// representation of a float32, so the double result must lie within half a unit of the last printed digit or
    /// within one float32 ulp of the printed value, whichever is larger.
    /// </summary>
    public static void PrintedFloat32(string printed, double actual)
    {
        var value = double.Parse(printed, CultureInfo.InvariantCulture);
        var halfDigit = HalfUnitOfLastDigit(printed);
        var f = (float)value;
        var ulp = (double)MathF.BitIncrement(Math.Abs(f)) - Math.Abs(f);
        var tolerance = Math.Max(halfDigit, ulp);
        Assert.True(
            Math.Abs(actual - value) <= tolerance,
            string.Create(CultureInfo.InvariantCulture, $"expected the float32 print-out {printed} (tolerance {tolerance:R}) but got {actual:R}."));
    }

    /// <summary>
    /// Compares with a double value given to a fixed number of digits (e.g. <c>.0225412</c>): the result must round
    /// to the printed digits, i.e. lie within half a unit of the last printed digit.
    /// </summary>
    /// <param name="printed">The printed value.</param>
    /// <param name="actual">The computed value.</param>
    /// <param name="decimals">The number of decimals the value was derived to, when the print-out drops trailing zeros
    /// (a table cell ".5" of 7-decimal values means 0.5000000).</param>
    public static void PrintedDigits(string printed, double actual, int? decimals = null)
    {
        var value = double.Parse(printed, CultureInfo.InvariantCulture);
        var tolerance = (decimals is int d ? 0.5 * Math.Pow(10, -d) : HalfUnitOfLastDigit(printed)) * (1 + 1e-9);
        Assert.True(
            Math.Abs(actual - value) <= tolerance,
            string.Create(CultureInfo.InvariantCulture, $"expected {printed} to the printed digits (tolerance {tolerance:R}) but got {actual:R}."));
    }

    private static double HalfUnitOfLastDigit(string printed)
    {
        var text = printed.TrimStart('-', '+');
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : text.Length - dot - 1;
        return 0.5 * Math.Pow(10, -decimals);
    }
}
