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
}
