using System;
using System.Globalization;
using System.Linq;
using Metrics.Runtime.Tests.Custom;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The vector loop checks weights, class-index labels and [NotNaN] predictions on the lanes it loads instead of in
/// separate passes. A bad element anywhere (first lane, a full block, the overlapping tail) must still throw the guard's
/// exception naming it, leave the metric unchanged, and a bad element that is masked out (or, for NaN, has weight 0)
/// must still be accepted with the value of the batch without it.
/// </summary>
public sealed class LaneCheckTests
{
    private static readonly int[] Lengths = [1, 2, 7, 8, 9, 31, 32, 33, 100, 1000];

    private static int[] Positions(int n) => new[] { 0, n / 2, n - 1 }.Distinct().ToArray();

    private static (int[] Labels, double[] Predictions, double[] Weights, bool[] Mask) Batch(int n)
    {
        var random = new Random(n);
        return (
            Enumerable.Range(0, n).Select(_ => random.Next(2)).ToArray(),
            Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray(),
            Enumerable.Range(0, n).Select(_ => (double)random.Next(1, 4)).ToArray(),
            Enumerable.Range(0, n).Select(i => i % 3 != 1).ToArray());
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    public void ABadWeightAnywhereThrowsNamingItAndLeavesTheMetricUnchanged(double bad)
    {
        foreach (var n in Lengths)
        {
            foreach (var p in Positions(n))
            {
                var (labels, predictions, weights, _) = Batch(n);
                weights[p] = bad;
                var before = new Accuracy().Update(labels, predictions);
                var metric = before;
                var error = Assert.ThrowsAny<ArgumentException>(() => metric = metric.Update(labels, predictions, null, weights));
                Assert.Equal("weights", error.ParamName);
                Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"weights[{p}]"), error.Message, StringComparison.Ordinal);
                Assert.Equal(before, metric);

                var floats = new MeanSquaredError();
                var floatError = Assert.ThrowsAny<ArgumentException>(() => floats.Update(
                    Array.ConvertAll(predictions, x => (float)x), Array.ConvertAll(predictions, x => (float)x), null, Array.ConvertAll(weights, x => (float)x)));
                Assert.Equal("weights", floatError.ParamName);
            }
        }
    }

    [Fact]
    public void NegativeZeroIsAWeightOfZeroOnEveryPath()
    {
        foreach (var n in Lengths)
        {
            var (labels, predictions, weights, _) = Batch(n);
            weights[n / 2] = -0.0;
            var zero = (double[])weights.Clone();
            zero[n / 2] = 0.0;
            Assert.Equal(new Accuracy().Update(labels, predictions, null, zero), new Accuracy().Update(labels, predictions, null, weights));
            Assert.Equal(new MeanSquaredError().Update(predictions, predictions, null, zero), new MeanSquaredError().Update(predictions, predictions, null, weights));
        }
    }

    [Fact]
    public void ABadClassLabelThrowsUnlessMaskedOut()
    {
        foreach (var n in Lengths)
        {
            foreach (var p in Positions(n))
            {
                var (labels, predictions, weights, mask) = Batch(n);
                labels[p] = p % 2 == 0 ? 2 : -1;
                var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Accuracy().Update(labels, predictions));
                Assert.Equal("labels", error.ParamName);
                Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"labels[{p}]"), error.Message, StringComparison.Ordinal);
                Assert.Throws<ArgumentOutOfRangeException>(() => new Accuracy().Update(labels, predictions, null, weights));

                mask[p] = false;
                var kept = Enumerable.Range(0, n).Where(i => mask[i]).ToArray();
                var expected = new Accuracy().Update(kept.Select(i => labels[i]).ToArray(), kept.Select(i => predictions[i]).ToArray(), null, kept.Select(i => weights[i]).ToArray());
                Assert.Equal(expected.Compute(), new Accuracy().Update(labels, predictions, mask, weights).Compute());
                Assert.Equal(
                    new Accuracy().Update(kept.Select(i => labels[i]).ToArray(), kept.Select(i => predictions[i]).ToArray()).Compute(),
                    new Accuracy().Update(labels, predictions, mask).Compute());
            }
        }
    }

    [Fact]
    public void ANaNPredictionThrowsUnlessMaskedOutOrWeightedZero()
    {
        foreach (var n in Lengths)
        {
            foreach (var p in Positions(n))
            {
                var (labels, predictions, weights, mask) = Batch(n);
                predictions[p] = double.NaN;
                var before = new SignedError().Update(new[] { 1 }, new[] { 0.5 });
                var metric = before;
                var error = Assert.ThrowsAny<ArgumentException>(() => metric = metric.Update(labels, predictions));
                Assert.Equal("predictions", error.ParamName);
                Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"predictions[{p}]"), error.Message, StringComparison.Ordinal);
                Assert.Equal(before, metric);

                mask[p] = false;
                var kept = Enumerable.Range(0, n).Where(i => mask[i]).ToArray();
                var expected = new SignedError().Update(kept.Select(i => labels[i]).ToArray(), kept.Select(i => predictions[i]).ToArray());
                Approx.Equal(expected.Compute(), new SignedError().Update(labels, predictions, mask).Compute(), 1e-12);

                weights[p] = 0;
                var keptByWeight = Enumerable.Range(0, n).Where(i => i != p).ToArray();
                var weighted = new SignedError().Update(
                    keptByWeight.Select(i => labels[i]).ToArray(), keptByWeight.Select(i => predictions[i]).ToArray(), null, keptByWeight.Select(i => weights[i]).ToArray());
                Approx.Equal(weighted.Compute(), new SignedError().Update(labels, predictions, null, weights).Compute(), 1e-12);
            }
        }
    }

    [Fact]
    public void TheNaNGuardFindsANaNScoreAtAnyPosition()
    {
        foreach (var n in Lengths)
        {
            foreach (var p in Positions(n))
            {
                var (labels, predictions, _, mask) = Batch(n);
                var scores = Array.ConvertAll(predictions, x => (float)x);
                scores[p] = float.NaN;
                var error = Assert.ThrowsAny<ArgumentException>(() => new Auc().Update(labels, scores));
                Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"predictions[{p}]"), error.Message, StringComparison.Ordinal);
                Assert.ThrowsAny<ArgumentException>(() => new ExactAuc().Update(labels, predictions.Select((x, i) => i == p ? double.NaN : x).ToArray()));

                mask[p] = false;
                var kept = Enumerable.Range(0, n).Where(i => mask[i]).ToArray();
                Assert.Equal(
                    new Auc().Update(kept.Select(i => labels[i]).ToArray(), kept.Select(i => scores[i]).ToArray()).Compute(),
                    new Auc().Update(labels, scores, mask).Compute());
            }
        }
    }

    [Fact]
    public void TheCustomMetricIsVectorized() =>
        Assert.Contains(
            typeof(SignedError).GetNestedTypes(System.Reflection.BindingFlags.NonPublic).SelectMany(t => t.GetInterfaces()),
            i => i.Name.StartsWith("IVectorOperator", StringComparison.Ordinal));
}
