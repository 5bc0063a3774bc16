using System;
using System.Globalization;
using System.Linq;
using System.Runtime.Intrinsics;
using Metrics.Kernels;
using Metrics.Numerics;
using Metrics.Runtime.Tests.Custom;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Summed contributions with <c>Math.Log</c>, <c>Math.Exp</c> and <c>SpecialFunctions.Log1P</c> are lifted to vector
/// lanes (the vector forms are within 2 ulps of the scalar ones; the width tests check the sums): which metrics are,
/// the lane-wise <see cref="LaneMath.Log1P(Vector512{double})"/> at the special values, and the built-in squared log
/// errors on data they are defined for.
/// </summary>
public sealed class VectorLogExpTests
{
    private const double Epsilon = 1.0 / (1L << 52);

    private static readonly double[] Specials =
    [
        0.0, -0.0, -1.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, -double.Epsilon, 1e-300, 1e-17,
        -1e-17, 1.1e-16, 2.3e-16, 1e-10, 0.5, -0.5, -0.999999, 1.0, 3.0, 1e10, 1e300, double.MaxValue, -1.0000001, -2.0,
    ];

    [Theory]
    [InlineData(typeof(LogCoshError))]
    [InlineData(typeof(MeanSquaredLogError))]
    [InlineData(typeof(RootMeanSquaredLogError))]
    [InlineData(typeof(LogisticLoss))]
    [InlineData(typeof(BinaryCrossentropy))]
    [InlineData(typeof(Poisson))]
    public void TheMetricIsVectorized(Type metric) =>
        Assert.Contains(
            metric.GetNestedTypes(System.Reflection.BindingFlags.NonPublic).SelectMany(t => t.GetInterfaces()),
            i => i.Name.StartsWith("IVectorOperator", StringComparison.Ordinal));

    [Fact]
    public void Log1PLanesMatchTheScalarFunction()
    {
        var rng = new Random(19);
        var values = Specials.Concat(Enumerable.Range(0, 4000).Select(i => i % 2 == 0
            ? Math.Exp((rng.NextDouble() - 0.5) * 80)
            : (rng.NextDouble() * 2.5) - 1)).ToArray();
        foreach (var x in values)
        {
            var expected = SpecialFunctions.Log1P(x);
            var context = string.Create(CultureInfo.InvariantCulture, $"log1p({x:R}) = {expected:R}");
            AssertClose(expected, LaneMath.Log1P(Vector512.Create(x)).GetElement(3), context + ", 512");
            AssertClose(expected, LaneMath.Log1P(Vector256.Create(x)).GetElement(2), context + ", 256");
            AssertClose(expected, LaneMath.Log1P(Vector128.Create(x)).GetElement(1), context + ", 128");
        }
    }

    [Fact]
    public void SquaredLogErrorsMatchTheScalarSumOnTheirDomain()
    {
        var rng = new Random(7);
        foreach (var n in new[] { 1, 7, 8, 9, 63, 64, 65, 1000 })
        {
            var labels = Enumerable.Range(0, n).Select(_ => rng.NextDouble() * 10).ToArray();
            var predictions = Enumerable.Range(0, n).Select(_ => rng.NextDouble() * 10).ToArray();
            double expected = 0, magnitude = 0;
            for (var i = 0; i < n; i++)
            {
                var error = SpecialFunctions.Log1P(predictions[i]) - SpecialFunctions.Log1P(labels[i]);
                expected += error * error;
                magnitude += error * error;
            }

            // Each log carries up to 2 ulps more than Math.Log: bounded by the logs' magnitudes, not the squared error's.
            var logs = labels.Concat(predictions).Sum(v => Math.Log(1 + v));
            var tolerance = ((n + 4) * Epsilon * magnitude) + (8 * Epsilon * logs * Math.Sqrt(magnitude));
            var msle = new MeanSquaredLogError().Update(labels, predictions);
            Assert.True(
                Math.Abs(msle.SquaredLogError - expected) <= tolerance,
                string.Create(CultureInfo.InvariantCulture, $"n = {n}: expected {expected:R} ± {tolerance:R}, got {msle.SquaredLogError:R}"));
            Assert.Equal(n, msle.Count);
        }
    }

    // Special values (zeros, infinities, NaN, the pole at −1, below −1) exactly; the rest within 2 ulps plus the
    // correction's rounding.
    private static void AssertClose(double expected, double actual, string context)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{context}: got {actual:R}");
            return;
        }

        if (!double.IsFinite(expected) || expected == 0 || Math.Abs(expected) < 1e-300)
        {
            Assert.True(expected.Equals(actual) && double.IsNegative(expected) == double.IsNegative(actual), $"{context}: got {actual:R}");
            return;
        }

        Assert.True(Math.Abs(actual - expected) <= 4 * Epsilon * Math.Abs(expected), $"{context}: got {actual:R}");
    }
}
