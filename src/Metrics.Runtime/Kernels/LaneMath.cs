using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Metrics.Kernels;

/// <summary>
/// Lane-wise forms of the <see cref="SpecialFunctions"/> that generated vector operators call: the same formula as the
/// scalar function, with the vector <c>Log</c> (within 2 ulps of <see cref="System.Math.Log(double)"/>) in place of
/// Math's, so only for summed contributions.
/// </summary>
public static class LaneMath
{
    /// <summary>ln(1 + x) in each lane, as <see cref="SpecialFunctions.Log1P"/>.</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The lanes' ln(1 + x).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Log1P(Vector512<double> x)
    {
        var u = Vector512<double>.One + x;
        var log = Vector512.Log(u);
        var corrected = log * x / (u - Vector512<double>.One);
        var infinite = Vector512.Equals(Vector512.Abs(u), Vector512.Create(double.PositiveInfinity));
        return Vector512.ConditionalSelect(Vector512.Equals(u, Vector512<double>.One), x, Vector512.ConditionalSelect(infinite, log, corrected));
    }

    /// <summary>ln(1 + x) in each lane, as <see cref="SpecialFunctions.Log1P"/>.</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The lanes' ln(1 + x).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Log1P(Vector256<double> x)
    {
        var u = Vector256<double>.One + x;
        var log = Vector256.Log(u);
        var corrected = log * x / (u - Vector256<double>.One);
        var infinite = Vector256.Equals(Vector256.Abs(u), Vector256.Create(double.PositiveInfinity));
        return Vector256.ConditionalSelect(Vector256.Equals(u, Vector256<double>.One), x, Vector256.ConditionalSelect(infinite, log, corrected));
    }

    /// <summary>ln(1 + x) in each lane, as <see cref="SpecialFunctions.Log1P"/>.</summary>
    /// <param name="x">The arguments.</param>
    /// <returns>The lanes' ln(1 + x).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Log1P(Vector128<double> x)
    {
        var u = Vector128<double>.One + x;
        var log = Vector128.Log(u);
        var corrected = log * x / (u - Vector128<double>.One);
        var infinite = Vector128.Equals(Vector128.Abs(u), Vector128.Create(double.PositiveInfinity));
        return Vector128.ConditionalSelect(Vector128.Equals(u, Vector128<double>.One), x, Vector128.ConditionalSelect(infinite, log, corrected));
    }

    /// <summary>
    /// Each lane rounded to the nearest float and widened back: a double result of +, −, ×, ÷ on float values rounded
    /// this way is the float operation's result, so double lanes reproduce a generic update's float arithmetic exactly.
    /// </summary>
    /// <param name="x">The lanes.</param>
    /// <returns>The lanes as floats, widened exactly.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> RoundToSingle(Vector512<double> x) => Vector512.WidenLower(Vector512.Narrow(x, x));

    /// <summary>
    /// Each lane clamped as <see cref="System.Math.Clamp(double, double, double)"/>: the minimum below it, the maximum
    /// above it, the value itself otherwise (a NaN value stays NaN, a NaN bound is never chosen).
    /// </summary>
    /// <param name="value">The values.</param>
    /// <param name="min">The lower bounds.</param>
    /// <param name="max">The upper bounds.</param>
    /// <returns>The clamped lanes.</returns>
    /// <exception cref="ArgumentException">A lane's <paramref name="min"/> is greater than its <paramref name="max"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Clamp(Vector512<double> value, Vector512<double> min, Vector512<double> max)
    {
        if (Vector512.GreaterThanAny(min, max))
        {
            var lane = BitOperations.TrailingZeroCount(Vector512.GreaterThan(min, max).ExtractMostSignificantBits());
            ThrowMinGreaterThanMax(min.GetElement(lane), max.GetElement(lane));
        }

        return Vector512.ConditionalSelect(
            Vector512.LessThan(value, min), min, Vector512.ConditionalSelect(Vector512.GreaterThan(value, max), max, value));
    }

    /// <summary>
    /// Each lane rounded to the nearest float and widened back: a double result of +, −, ×, ÷ on float values rounded
    /// this way is the float operation's result, so double lanes reproduce a generic update's float arithmetic exactly.
    /// </summary>
    /// <param name="x">The lanes.</param>
    /// <returns>The lanes as floats, widened exactly.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> RoundToSingle(Vector256<double> x) => Vector256.WidenLower(Vector256.Narrow(x, x));

    /// <summary>
    /// Each lane clamped as <see cref="System.Math.Clamp(double, double, double)"/>: the minimum below it, the maximum
    /// above it, the value itself otherwise (a NaN value stays NaN, a NaN bound is never chosen).
    /// </summary>
    /// <param name="value">The values.</param>
    /// <param name="min">The lower bounds.</param>
    /// <param name="max">The upper bounds.</param>
    /// <returns>The clamped lanes.</returns>
    /// <exception cref="ArgumentException">A lane's <paramref name="min"/> is greater than its <paramref name="max"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Clamp(Vector256<double> value, Vector256<double> min, Vector256<double> max)
    {
        if (Vector256.GreaterThanAny(min, max))
        {
            var lane = BitOperations.TrailingZeroCount(Vector256.GreaterThan(min, max).ExtractMostSignificantBits());
            ThrowMinGreaterThanMax(min.GetElement(lane), max.GetElement(lane));
        }

        return Vector256.ConditionalSelect(
            Vector256.LessThan(value, min), min, Vector256.ConditionalSelect(Vector256.GreaterThan(value, max), max, value));
    }

    /// <summary>
    /// Each lane rounded to the nearest float and widened back: a double result of +, −, ×, ÷ on float values rounded
    /// this way is the float operation's result, so double lanes reproduce a generic update's float arithmetic exactly.
    /// </summary>
    /// <param name="x">The lanes.</param>
    /// <returns>The lanes as floats, widened exactly.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> RoundToSingle(Vector128<double> x) => Vector128.WidenLower(Vector128.Narrow(x, x));

    /// <summary>
    /// Each lane clamped as <see cref="System.Math.Clamp(double, double, double)"/>: the minimum below it, the maximum
    /// above it, the value itself otherwise (a NaN value stays NaN, a NaN bound is never chosen).
    /// </summary>
    /// <param name="value">The values.</param>
    /// <param name="min">The lower bounds.</param>
    /// <param name="max">The upper bounds.</param>
    /// <returns>The clamped lanes.</returns>
    /// <exception cref="ArgumentException">A lane's <paramref name="min"/> is greater than its <paramref name="max"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> Clamp(Vector128<double> value, Vector128<double> min, Vector128<double> max)
    {
        if (Vector128.GreaterThanAny(min, max))
        {
            var lane = BitOperations.TrailingZeroCount(Vector128.GreaterThan(min, max).ExtractMostSignificantBits());
            ThrowMinGreaterThanMax(min.GetElement(lane), max.GetElement(lane));
        }

        return Vector128.ConditionalSelect(
            Vector128.LessThan(value, min), min, Vector128.ConditionalSelect(Vector128.GreaterThan(value, max), max, value));
    }

    private static void ThrowMinGreaterThanMax(double min, double max) =>
        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"'{min}' cannot be greater than {max}."));
}
