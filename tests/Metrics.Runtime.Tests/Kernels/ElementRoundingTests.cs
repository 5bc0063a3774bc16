using System;
using System.Globalization;
using System.Linq;
using System.Runtime.Intrinsics;
using Metrics.Kernels;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The lane operations a generic update's float overload runs on double lanes: <see cref="LaneMath.RoundToSingle(Vector512{double})"/>
/// (a float operation's result from the double one) and <see cref="LaneMath.Clamp(Vector512{double}, Vector512{double}, Vector512{double})"/>
/// (Math.Clamp's choices, NaN and signed zeros included), and the generic built-ins at the float clip where float and
/// double differ most.
/// </summary>
public sealed class ElementRoundingTests
{
    private static readonly float[] Specials =
    [
        0f, -0f, 1f, -1f, float.NaN, float.PositiveInfinity, float.NegativeInfinity, float.Epsilon, float.MaxValue, float.MinValue,
        1e-7f, 0.99999988f, 1f - 1e-7f, 0.1f, 1e-38f, 3.4e38f, 16777217f,
    ];

    [Fact]
    public void FloatArithmeticOnDoubleLanesRoundsToTheFloatResult()
    {
        var rng = new Random(24);
        var values = Specials.Concat(Enumerable.Range(0, 2000).Select(i => (float)((rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-12, 12))))).ToArray();
        foreach (var a in values)
        {
            var b = values[rng.Next(values.Length)];
            foreach (var (name, single, wide) in new (string, float, double)[]
            {
                ("+", a + b, (double)a + b), ("-", a - b, (double)a - b), ("*", a * b, (double)a * b), ("/", a / b, (double)a / b),
            })
            {
                var context = string.Create(CultureInfo.InvariantCulture, $"{a:R} {name} {b:R} = {single:R}");
                AssertSame(single, LaneMath.RoundToSingle(Vector512.Create(wide)).GetElement(5), context + ", 512");
                AssertSame(single, LaneMath.RoundToSingle(Vector256.Create(wide)).GetElement(3), context + ", 256");
                AssertSame(single, LaneMath.RoundToSingle(Vector128.Create(wide)).GetElement(1), context + ", 128");
            }
        }
    }

    [Fact]
    public void ClampChoosesAsMathClamp()
    {
        double[] values = [0.0, -0.0, 0.5, -2, 2, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e-7, 1];
        foreach (var value in values)
        {
            foreach (var (min, max) in new[] { (0.0, 1.0), (-0.0, 0.0), (1e-7, 1 - 1e-7), (double.NaN, 1.0), (0.0, double.NaN), (0.5, 0.5) })
            {
                var expected = Math.Clamp(value, min, max);
                var context = string.Create(CultureInfo.InvariantCulture, $"Clamp({value:R}, {min:R}, {max:R})");
                AssertSame(expected, LaneMath.Clamp(Vector512.Create(value), Vector512.Create(min), Vector512.Create(max)).GetElement(7), context + ", 512");
                AssertSame(expected, LaneMath.Clamp(Vector256.Create(value), Vector256.Create(min), Vector256.Create(max)).GetElement(0), context + ", 256");
                AssertSame(expected, LaneMath.Clamp(Vector128.Create(value), Vector128.Create(min), Vector128.Create(max)).GetElement(1), context + ", 128");
            }
        }
    }

    [Fact]
    public void ClampThrowsAsMathClampWhenABoundIsAboveTheOther()
    {
        var scalar = Assert.Throws<ArgumentException>(() => Math.Clamp(0.5, 2.0, 1.0));
        var lanes = Assert.Throws<ArgumentException>(() => LaneMath.Clamp(Vector256.Create(0.5), Vector256.Create(0.0, 0.0, 2.0, 0.0), Vector256.Create(1.0)));
        Assert.Equal(scalar.Message, lanes.Message);
    }

    [Fact]
    public void FloatCrossentropyAtTheClipKeepsTheFloatBounds()
    {
        // 1 − 1e-7 rounds to 0.99999988 in float: log(1 − p + ε) at p ≥ 1 is log(2.19e-7) for floats, log(2e-7) for
        // doubles. A vector path computing the float overload in double would be off by 0.09 per element here.
        var predictions = Enumerable.Repeat(1f, 64).Concat(Enumerable.Repeat(0f, 64)).ToArray();
        var labels = new float[predictions.Length];
        var single = new BinaryCrossentropy().Update(labels, predictions);
        var e = 1e-7f;
        var expected = 64 * -Math.Log(1f - (1f - e) + e) + (64 * -Math.Log(1f - e + e));
        Assert.True(Math.Abs(single.Total - expected) <= 1e-12 * Math.Abs(expected), string.Create(CultureInfo.InvariantCulture, $"{single.Total:R} vs {expected:R}"));

        var wide = new BinaryCrossentropy().Update(labels.Select(x => (double)x).ToArray(), predictions.Select(x => (double)x).ToArray());
        Assert.NotEqual(single.Total, wide.Total);
    }

    private static void AssertSame(double expected, double actual, string context) =>
        Assert.True(
            BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual) || (double.IsNaN(expected) && double.IsNaN(actual)),
            string.Create(CultureInfo.InvariantCulture, $"{context}: expected {expected:R}, got {actual:R}"));
}
