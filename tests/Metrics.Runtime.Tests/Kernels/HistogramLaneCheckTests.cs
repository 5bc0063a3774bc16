using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The histogram kernel checks weights, class-index labels and [NotNaN] scores on the lanes it loads, and the exact
/// guards run only when a lane fails. A bad element in any chunk (the first, a later one, the overlapping tail) must
/// still throw the guard's exception naming it and leave the metric as it was; a bad element that is masked out (or,
/// for NaN, has weight 0) must be accepted with the counts of the batch without it. A label of −1 is the case the
/// cell range alone would miss: <c>2·bucket − 1</c> is a valid cell of the binned AUC.
/// </summary>
public sealed class HistogramLaneCheckTests
{
    private static readonly int[] Lengths = [4, 7, 8, 9, 33, 1000, 1024, 1025, 3000];

    private static int[] Positions(int n) => new[] { 0, n / 2, n - 1 }.Distinct().ToArray();

    private static (int[] Labels, float[] Scores, float[] Weights, bool[] Mask) Batch(int n)
    {
        var random = new Random(n);
        return (
            Enumerable.Range(0, n).Select(_ => random.Next(2)).ToArray(),
            Enumerable.Range(0, n).Select(_ => (float)random.NextDouble()).ToArray(),
            Enumerable.Range(0, n).Select(_ => (float)random.Next(1, 4)).ToArray(),
            Enumerable.Range(0, n).Select(i => i % 3 != 1).ToArray());
    }

    private static Auc Prior() => new Auc().Update(new[] { 1, 0, 1 }, new[] { 0.9f, 0.2f, 0.4f });

    private static T[] Without<T>(T[] values, int p) => values.Where((_, i) => i != p).ToArray();

    private static T[] Kept<T>(T[] values, bool[] mask) => values.Where((_, i) => mask[i]).ToArray();

    // The update on Prior() throws naming the argument and the element, and the metric it was called on is unchanged.
    private static void AssertRejected<TException>(Func<Auc, Auc> update, string argument, string element)
        where TException : ArgumentException
    {
        var metric = Prior();
        var error = Assert.ThrowsAny<TException>(() => metric = update(metric));
        if (typeof(TException) != typeof(ArgumentException))
        {
            Assert.IsType<TException>(error);
        }

        Assert.Equal(argument, error.ParamName);
        Assert.Contains(element, error.Message, StringComparison.Ordinal);
        Assert.Equal(Prior(), metric);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void ABadLabelInAnyChunkThrowsNamingItUnlessMaskedOut(int bad)
    {
        foreach (var n in Lengths)
        {
            foreach (var p in Positions(n))
            {
                var (labels, scores, _, mask) = Batch(n);
                labels[p] = bad;
                AssertRejected<ArgumentOutOfRangeException>(
                    m => m.Update(labels, scores), "labels", string.Create(CultureInfo.InvariantCulture, $"labels[{p}] = {bad}"));

                mask[p] = false;
                Assert.Equal(new Auc().Update(Kept(labels, mask), Kept(scores, mask)), new Auc().Update(labels, scores, mask));
            }
        }
    }

    [Fact]
    public void ANaNScoreInAnyChunkThrowsNamingItUnlessMaskedOutOrWeightedZero()
    {
        foreach (var n in Lengths)
        {
            foreach (var p in Positions(n))
            {
                var (labels, scores, weights, mask) = Batch(n);
                scores[p] = float.NaN;
                AssertRejected<ArgumentException>(
                    m => m.Update(labels, scores, null, weights), "predictions", string.Create(CultureInfo.InvariantCulture, $"predictions[{p}]"));

                mask[p] = false;
                Assert.Equal(new Auc().Update(Kept(labels, mask), Kept(scores, mask)), new Auc().Update(labels, scores, mask));

                weights[p] = 0;
                Assert.Equal(
                    new Auc().Update(Without(labels, p), Without(scores, p), null, Without(weights, p)),
                    new Auc().Update(labels, scores, null, weights));
            }
        }
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(-1f)]
    [InlineData(float.PositiveInfinity)]
    public void ABadWeightInAnyChunkThrowsNamingIt(float bad)
    {
        foreach (var n in Lengths)
        {
            foreach (var p in Positions(n))
            {
                var (labels, scores, weights, mask) = Batch(n);
                weights[p] = bad;
                AssertRejected<ArgumentException>(
                    m => m.Update(labels, scores, mask, weights), "weights", string.Create(CultureInfo.InvariantCulture, $"weights[{p}]"));
            }
        }
    }

    [Fact]
    public void ConfusionMatrixLabelsAreCheckedOnTheLanesAndPredictionsByTheirGuard()
    {
        foreach (var n in Lengths)
        {
            foreach (var p in Positions(n))
            {
                var random = new Random(n + p);
                var labels = Enumerable.Range(0, n).Select(_ => random.Next(3)).ToArray();
                var predictions = Enumerable.Range(0, n).Select(_ => random.Next(3)).ToArray();
                var mask = Enumerable.Range(0, n).Select(i => i != p).ToArray();
                var expected = new ConfusionMatrix(3).Update(Kept(labels, mask), Kept(predictions, mask));
                foreach (var bad in new[] { -1, 3 })
                {
                    var badLabels = (int[])labels.Clone();
                    badLabels[p] = bad;
                    var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ConfusionMatrix(3).Update(badLabels, predictions));
                    Assert.Equal("labels", error.ParamName);
                    Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"labels[{p}] = {bad}"), error.Message, StringComparison.Ordinal);
                    Assert.Equal(expected, new ConfusionMatrix(3).Update(badLabels, predictions, mask));

                    var badPredictions = (int[])predictions.Clone();
                    badPredictions[p] = bad;
                    Assert.Equal("predictions", Assert.Throws<ArgumentOutOfRangeException>(() => new ConfusionMatrix(3).Update(labels, badPredictions)).ParamName);
                }
            }
        }
    }
}
