using System;
using System.Runtime.Intrinsics;

namespace Metrics.Kernels;

/// <summary>
/// Folds the lane accumulators of a generated vector operator (one per width; the unused widths hold the identity)
/// into one scalar, in a fixed order.
/// </summary>
public static class LaneFold
{
    /// <summary>The sum of all lanes.</summary>
    /// <param name="wide">The 512-bit accumulator.</param>
    /// <param name="middle">The 256-bit accumulator.</param>
    /// <param name="narrow">The 128-bit accumulator.</param>
    public static double Sum(Vector512<double> wide, Vector256<double> middle, Vector128<double> narrow) =>
        Vector512.Sum(wide) + Vector256.Sum(middle) + Vector128.Sum(narrow);

    /// <summary>The minimum of all lanes; NaN if any lane is NaN, as <see cref="Math.Min(double, double)"/>.</summary>
    /// <param name="wide">The 512-bit accumulator.</param>
    /// <param name="middle">The 256-bit accumulator.</param>
    /// <param name="narrow">The 128-bit accumulator.</param>
    public static double Min(Vector512<double> wide, Vector256<double> middle, Vector128<double> narrow)
    {
        var result = double.PositiveInfinity;
        for (var i = 0; i < Vector512<double>.Count; i++)
        {
            result = Math.Min(result, wide.GetElement(i));
        }

        for (var i = 0; i < Vector256<double>.Count; i++)
        {
            result = Math.Min(result, middle.GetElement(i));
        }

        for (var i = 0; i < Vector128<double>.Count; i++)
        {
            result = Math.Min(result, narrow.GetElement(i));
        }

        return result;
    }

    /// <summary>The maximum of all lanes; NaN if any lane is NaN, as <see cref="Math.Max(double, double)"/>.</summary>
    /// <param name="wide">The 512-bit accumulator.</param>
    /// <param name="middle">The 256-bit accumulator.</param>
    /// <param name="narrow">The 128-bit accumulator.</param>
    public static double Max(Vector512<double> wide, Vector256<double> middle, Vector128<double> narrow) =>
        -Min(-wide, -middle, -narrow);
}
