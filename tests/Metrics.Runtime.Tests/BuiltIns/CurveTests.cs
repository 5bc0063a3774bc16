using System;
using System.Linq;
using Metrics.Numerics;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Curve metrics: Keras's documented example values (peers.md §1.8), bad input, binned → exact convergence, the radix
/// ranking, and the growing state's value semantics.
/// </summary>
public sealed class CurveTests
{
    private static readonly int[] DocLabels = [0, 0, 1, 1];
    private static readonly double[] DocScores = [0, 0.5, 0.3, 0.9];

    // ------------------------------------------------------------------ documented examples

    [Fact]
    public void KerasAucDocExample()
    {
        var auc = new Auc(numThresholds: 3).Update(DocLabels, DocScores);
        Assert.Equal(0.75, auc.Compute(), 7);
        Assert.Equal(new double[] { 2, 1, 0 }, auc.TruePositives());
        Assert.Equal(new double[] { 2, 0, 0 }, auc.FalsePositives());
        Assert.Equal(-1e-7, auc.Grid[0]);
        Assert.Equal(0.5, auc.Grid[1]);
        Assert.Equal(1 + 1e-7, auc.Grid[2]);
        Assert.Equal(1.0, new Auc(numThresholds: 3).Update(DocLabels, DocScores, weights: [1, 0, 0, 1]).Compute(), 7);
    }

    [Fact]
    public void KerasSensitivitySpecificityDocExamples()
    {
        int[] labels = [0, 0, 0, 1, 1];
        double[] scores = [0, 0.3, 0.8, 0.3, 0.8];
        Assert.Equal(0.5, new SensitivityAtSpecificity(0.5).Update(labels, scores).Compute(), 6);
        Assert.Equal(0.333333, new SensitivityAtSpecificity(0.5).Update(labels, scores, weights: [1, 1, 2, 2, 1]).Compute(), 6);
        Assert.Equal(0.66666667, new SpecificityAtSensitivity(0.5).Update(labels, scores).Compute(), 8);
        Assert.Equal(0.5, new SpecificityAtSensitivity(0.5).Update(labels, scores, weights: [1, 1, 2, 2, 2]).Compute(), 8);
        Assert.Equal(0.5, new PrecisionAtRecall(0.5).Update(labels, scores).Compute(), 8);
        Assert.Equal(0.33333333, new PrecisionAtRecall(0.5).Update(labels, scores, weights: [2, 2, 2, 1, 1]).Compute(), 8);
        Assert.Equal(0.5, new RecallAtPrecision(0.8).Update(DocLabels, DocScores).Compute(), 8);
        Assert.Equal(1.0, new RecallAtPrecision(0.8).Update(DocLabels, DocScores, weights: [1, 0, 0, 1]).Compute(), 8);
    }

    [Fact]
    public void UndefinedIsNaNByDefaultAndZeroDivisionOnRequest()
    {
        int[] positives = [1, 1, 1];
        double[] scores = [0.2, 0.5, 0.9];
        Assert.True(double.IsNaN(new ExactAuc().Update(positives, scores).Compute()));
        Assert.Equal(0.0, new ExactAuc(zeroDivision: ZeroDivision.Zero).Update(positives, scores).Compute());
        Assert.Equal(1.0, new ExactAuc(zeroDivision: ZeroDivision.One).Update(positives, scores).Compute());
        Assert.True(double.IsNaN(new Auc().Update(positives, scores).Compute()));
        Assert.Equal(0.0, new Auc(zeroDivision: ZeroDivision.Zero).Update(positives, scores).Compute());
        Assert.True(double.IsNaN(new AveragePrecision().Update([0, 0], [0.1, 0.2]).Compute()));
        Assert.Equal(0.0, new AveragePrecision(zeroDivision: ZeroDivision.Zero).Update([0, 0], [0.1, 0.2]).Compute());
        Assert.True(double.IsNaN(new ExactAuc().Compute()));
        Assert.True(double.IsNaN(new RecallAtPrecision(1.0).Update([0, 0, 1], [0.9, 0.8, 0.1]).Compute()));
        Assert.Equal(0.0, new RecallAtPrecision(1.0, zeroDivision: ZeroDivision.Zero).Update([0, 0, 1], [0.9, 0.8, 0.1]).Compute());
    }

    // ------------------------------------------------------------------ binned converges to exact

    [Fact]
    public void BinnedAucConvergesToExactAsThresholdsGrow()
    {
        var rng = new Random(11);
        const int n = 5000;
        var labels = Enumerable.Range(0, n).Select(_ => rng.Next(2)).ToArray();
        var scores = labels.Select(l => 1 / (1 + Math.Exp(-(((l - 0.5) * 1.5) + rng.Normal())))).ToArray();
        foreach (var curve in new[] { AucCurve.Roc, AucCurve.PrecisionRecall })
        {
            var exact = new ExactAuc(curve: curve).Update(labels, scores).Compute();
            var errors = new[] { 5, 50, 500, 5000, 50000 }
                .Select(t => Math.Abs(new Auc(numThresholds: t, curve: curve).Update(labels, scores).Compute() - exact))
                .ToArray();
            Assert.True(errors[^1] < 1e-4, $"{curve}: error with 50,000 thresholds is {errors[^1]}");
            Assert.True(errors[^1] < errors[0] / 10, $"{curve}: errors {string.Join(", ", errors)} do not shrink");
        }

        // Minoring and majoring bracket the exact ROC AUC.
        var exactRoc = new ExactAuc().Update(labels, scores).Compute();
        Assert.True(new Auc(numThresholds: 20, summation: AucSummation.Minoring).Update(labels, scores).Compute() <= exactRoc);
        Assert.True(new Auc(numThresholds: 20, summation: AucSummation.Majoring).Update(labels, scores).Compute() >= exactRoc);
    }

    // ------------------------------------------------------------------ bad input

    [Fact]
    public void ThresholdsOutsideTheUnitIntervalAreRejected()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new CurveThresholds(0.2, 1.5));
        Assert.Equal("thresholds", e.ParamName);
        Assert.Contains("thresholds[1] = 1.5", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CurveThresholds(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CurveThresholds(-0.1));
        Assert.Throws<ArgumentException>(() => new CurveThresholds(Array.Empty<double>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SensitivityAtSpecificity(1.2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrecisionAtRecall(-0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Auc(numThresholds: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecallAtPrecision(0.5, numThresholds: 0));
    }

    [Fact]
    public void LabelsOtherThanZeroOrOneAreRejectedBeforeAnythingIsKept()
    {
        var auc = new ExactAuc().Update([0, 1], [0.1, 0.9]);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => auc.Update([0, 2, 1], [0.1, 0.2, 0.3]));
        Assert.Equal("labels", e.ParamName);
        Assert.Contains("labels[1] = 2", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, auc.Samples.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Auc().Update([-1], [0.5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AveragePrecision().Update([3], [0.5]));
    }

    [Fact]
    public void OneVsRestRejectsClassIndicesOutsideTheRowAndRowsOfAnotherLength()
    {
        var scores = new double[,] { { 0.2, 0.8 }, { 0.6, 0.4 } };
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new OneVsRestAuc().Update([0, 2], scores));
        Assert.Equal("labels", e.ParamName);
        var metric = new OneVsRestAuc().Update([1, 0], scores);
        Assert.Throws<ArgumentException>(() => metric.Update([0], new double[,] { { 0.1, 0.2, 0.7 } }));
        Assert.Equal(2, metric.Samples.Count);
        Assert.Equal(1.0, metric.Compute());
        Assert.Equal(new[] { 1.0, 1.0 }, metric.PerClass());
    }

    [Fact]
    public void MultiLabelRejectsLabelsOtherThanZeroOrOne()
    {
        var scores = new double[,] { { 0.2, 0.8 }, { 0.6, 0.4 } };
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new MultiLabelAuc().Update(new[,] { { 0, 1 }, { 2, 0 } }, scores));
        Assert.Equal("labels", e.ParamName);
        Assert.Contains("labels[1, 0] = 2", e.Message, StringComparison.Ordinal);
        var masked = new MultiLabelAuc().Update(new[,] { { 0, 1 }, { 2, 0 }, { 1, 0 } }, new double[,] { { 0.2, 0.8 }, { 0.6, 0.4 }, { 0.9, 0.1 } }, mask: [true, false, true]);
        Assert.Equal(1.0, masked.Compute());
        Assert.Equal(new[] { 1.0, 1.0 }, masked.PerLabel());
    }

    [Fact]
    public void NaNScoresAreRejectedUnlessMaskedOrWeightZero()
    {
        var e = Assert.Throws<ArgumentException>(() => new ExactAuc().Update([0, 1, 1], [0.1, double.NaN, 0.3]));
        Assert.Equal("predictions", e.ParamName);
        Assert.Contains("predictions[1] is NaN", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Auc().Update([0, 1], [float.NaN, 0.3f]));
        Assert.Throws<ArgumentException>(() => new PrecisionAtRecall(0.5).Update([0, 1], [0.2, double.NaN]));
        Assert.Equal(1.0, new ExactAuc().Update([0, 1, 1], [0.1, double.NaN, 0.3], mask: [true, false, true]).Compute());
        Assert.Equal(1.0, new ExactAuc().Update([0, 1, 1], [0.1, double.NaN, 0.3], weights: [1, 0, 1]).Compute());
    }

    [Fact]
    public void MergingDifferentCurvesOrThresholdsThrows()
    {
        Assert.Throws<ArgumentException>(() => new ExactAuc().Merge(new ExactAuc(curve: AucCurve.PrecisionRecall)));
        Assert.Throws<ArgumentException>(() => new Auc(thresholds: new CurveThresholds(0.5)).Merge(new Auc(thresholds: new CurveThresholds(0.4))));
        var same = new Auc(thresholds: new CurveThresholds(0.5, 0.2)).Merge(new Auc(thresholds: new CurveThresholds(0.2, 0.5)));
        Assert.Equal(new CurveThresholds(0.2, 0.5), same.Thresholds);
    }

    // ------------------------------------------------------------------ growing state

    [Fact]
    public void GrowingStateHasValueSemantics()
    {
        var a = new ExactAuc().Update([0, 1], [0.2, 0.8]);
        var b = a;
        b.Update([1], [0.1]);
        a.Update([0], [0.9]);
        Assert.Equal(3, a.Samples.Count);
        Assert.Equal(3, b.Samples.Count);
        Assert.Equal(new[] { 0.2, 0.8, 0.9 }, Scores(a.Samples));
        Assert.Equal(new[] { 0.2, 0.8, 0.1 }, Scores(b.Samples));
        Assert.Equal(0.5, new ExactAuc().Update([0, 1, 0], [0.2, 0.8, 0.9]).Compute());
        Assert.Equal(a.Compute(), new ExactAuc().Update([0, 1, 0], [0.2, 0.8, 0.9]).Compute());
        Assert.False(a.Samples.IsWeighted);
        Assert.True(new ExactAuc().Update([0, 1], [0.2, 0.8], weights: [1, 2]).Samples.IsWeighted);
    }

    private static double[] Scores(SampleBuffer samples)
    {
        var scores = new double[samples.ScoreCount];
        samples.CopyScores(scores);
        return scores;
    }

    [Fact]
    public void AppendingWithinCapacityAllocatesNothing()
    {
        var labels = Enumerable.Range(0, 64).Select(i => i % 2).ToArray();
        var scores = labels.Select(l => l * 0.5).ToArray();
        var metric = new ExactAuc();
        for (var i = 0; i < 200; i++)
        {
            metric.Update(labels, scores);
        }

        // 65 batches of 64 samples: the storage has just doubled to 8192 samples; the next 48 batches fit.
        metric = new ExactAuc();
        for (var i = 0; i < 65; i++)
        {
            metric.Update(labels, scores);
        }

        // As AllocationTests: the smallest of three measured rounds must be 0 bytes (a one-off runtime allocation on
        // this thread during a round does not make an update allocate).
        var rounds = new long[3];
        for (var round = 0; round < rounds.Length; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 16; i++)
            {
                metric.Update(labels, scores);
            }

            rounds[round] = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.True(rounds.Min() == 0, $"appending within capacity allocated {string.Join(", ", rounds)} bytes per round");
        Assert.Equal(113 * 64, metric.Samples.Count);
    }

    // ------------------------------------------------------------------ radix ranking

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1000)]
    [InlineData(100_000)]
    public void RadixRankingIsAStableSort(int n)
    {
        var rng = new Random(n + 3);
        double[] specials = [0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue, 1e-300, -1e300];
        var wide = Enumerable.Range(0, n).Select(i => i % 7 == 0 ? specials[rng.Next(specials.Length)] : (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-30, 30))).ToArray();
        var singles = wide.Select(v => (double)(float)Math.Round(v, 2)).ToArray();
        foreach (var scores in new[] { wide, singles })
        {
            var order = new int[n];
            RadixRanking.SortOrder(scores, order);
            var expected = Enumerable.Range(0, n).OrderBy(i => scores[i] + 0.0).ThenBy(i => i).ToArray();
            Assert.Equal(expected, order);

            var floats = scores.Select(v => (float)v).ToArray();
            var floatOrder = new int[n];
            RadixRanking.SortOrder(floats, floatOrder);
            Assert.Equal(Enumerable.Range(0, n).OrderBy(i => floats[i] + 0f).ThenBy(i => i).ToArray(), floatOrder);
        }
    }

    [Fact]
    public void RadixRankingRejectsNaNAndWrongLengths()
    {
        var e = Assert.Throws<ArgumentException>(() => RadixRanking.SortOrder([1.0, double.NaN], new int[2]));
        Assert.Equal("scores", e.ParamName);
        Assert.Throws<ArgumentException>(() => RadixRanking.SortOrder([1.0, 2.0], new int[3]));
    }
}
