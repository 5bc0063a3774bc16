using System.Runtime.Intrinsics;

namespace Metrics.Kernels;

/// <summary>Folds the lanes of one accumulator of a generated vector operator into one scalar, in a fixed order.</summary>
public static class LaneFold
{
    /// <summary>The sum of all lanes.</summary>
    /// <param name="lanes">The accumulator.</param>
    public static double Sum(Vector512<double> lanes) => Vector512.Sum(lanes);

    /// <summary>The sum of all lanes.</summary>
    /// <param name="lanes">The accumulator.</param>
    public static double Sum(Vector256<double> lanes) => Vector256.Sum(lanes);

    /// <summary>The sum of all lanes.</summary>
    /// <param name="lanes">The accumulator.</param>
    public static double Sum(Vector128<double> lanes) => Vector128.Sum(lanes);

    /// <summary>The minimum of all lanes; NaN if any lane is NaN, as <see cref="Math.Min(double, double)"/>.</summary>
    /// <param name="lanes">The accumulator.</param>
    public static double Min(Vector512<double> lanes) => Math.Min(Min(lanes.GetLower()), Min(lanes.GetUpper()));

    /// <summary>The minimum of all lanes; NaN if any lane is NaN, as <see cref="Math.Min(double, double)"/>.</summary>
    /// <param name="lanes">The accumulator.</param>
    public static double Min(Vector256<double> lanes) => Math.Min(Min(lanes.GetLower()), Min(lanes.GetUpper()));

    /// <summary>The minimum of all lanes; NaN if any lane is NaN, as <see cref="Math.Min(double, double)"/>.</summary>
    /// <param name="lanes">The accumulator.</param>
    public static double Min(Vector128<double> lanes) => Math.Min(lanes.GetElement(0), lanes.GetElement(1));

    /// <summary>The maximum of all lanes; NaN if any lane is NaN, as <see cref="Math.Max(double, double)"/>.</summary>
    /// <param name="lanes">The accumulator.</param>
    public static double Max(Vector512<double> lanes) => Math.Max(Max(lanes.GetLower()), Max(lanes.GetUpper()));

    /// <summary>The maximum of all lanes; NaN if any lane is NaN, as <see cref="Math.Max(double, double)"/>.</summary>
    /// <param name="lanes">The accumulator.</param>
    public static double Max(Vector256<double> lanes) => Math.Max(Max(lanes.GetLower()), Max(lanes.GetUpper()));

    /// <summary>The maximum of all lanes; NaN if any lane is NaN, as <see cref="Math.Max(double, double)"/>.</summary>
    /// <param name="lanes">The accumulator.</param>
    public static double Max(Vector128<double> lanes) => Math.Max(lanes.GetElement(0), lanes.GetElement(1));
}
