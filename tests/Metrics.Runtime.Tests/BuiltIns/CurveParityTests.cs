using System;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>Keras' PR-gain curve, partial AUC and one-vs-one AUC edge cases, and their bad input.</summary>
public sealed class CurveParityTests
{
    // The values Keras documents in its own tests: keras/src/metrics/confusion_metrics_test.py, AUCTest (setUp data,
    // test_weighted_prgain_majoring, _minoring, _interpolation and test_prgain_interpolation), commit
    // 3422977a5e38fb2f7709aaa9a08e47f0c43d0f60. setUp: y = [0, 0, 1, 1], p = [0, 0.5, 0.3, 0.9], weights [1, 2, 3, 4],
    // 3 thresholds: TP = [7, 4, 0], FP = [3, 0, 0], P/N = 7/3, recall gains [1, 0 (−3/4 clamped), 0], precision gains
    // [0, 1, 1 (TP = 0)]. The other AUCTest and MultiAUCTest values are in KerasAucTestValuesTests.
    private static readonly int[] KerasLabels = [0, 0, 1, 1];
    private static readonly double[] KerasScores = [0, 0.5, 0.3, 0.9];
    private static readonly double[] KerasWeights = [1, 2, 3, 4];

    [Theory]
    [InlineData(AucSummation.Interpolation, 0.5)]
    [InlineData(AucSummation.Majoring, 1.0)]
    [InlineData(AucSummation.Minoring, 0.0)]
    public void PrecisionRecallGainFollowsKerasFormula(AucSummation summation, double expected)
    {
        var auc = new Auc(numThresholds: 3, curve: AucCurve.PrecisionRecallGain, summation: summation)
            .Update(KerasLabels, KerasScores, null, KerasWeights);
        Assert.Equal(expected, auc.Compute(), 12);
    }

    [Fact]
    public void PrecisionRecallGainUnweightedFollowsKerasTest()
    {
        // test_prgain_interpolation: TP = [5, 3, 0], FP = [5, 1, 0], P/N = 1, recall gains [1, 1/3, 0], precision gains
        // [0, 2/3, 1]; Keras expects 0.666666 · 0.333333 + 0.333333 · 0.833333 (atol 1e-3), exactly 2/9 + 5/18 = 1/2.
        int[] labels = [0, 0, 0, 1, 0, 1, 0, 1, 1, 1];
        double[] scores = [0.1, 0.2, 0.3, 0.3, 0.4, 0.4, 0.6, 0.6, 0.8, 0.9];
        var auc = new Auc(numThresholds: 3, curve: AucCurve.PrecisionRecallGain).Update(labels, scores);
        Assert.Equal((0.666666 * 0.333333) + (0.333333 * 0.833333), auc.Compute(), 1e-3);
        Assert.Equal((2.0 / 3 * (1.0 / 3)) + (1.0 / 3 * (5.0 / 6)), auc.Compute(), 12);
    }

    [Fact]
    public void PrecisionRecallGainIsUndefinedWithoutNegatives()
    {
        var auc = new Auc(curve: AucCurve.PrecisionRecallGain).Update([1, 1], [0.2, 0.9]);
        Assert.True(double.IsNaN(auc.Compute()));
        Assert.Equal(0.0, (auc with { ZeroDivision = ZeroDivision.Zero }).Compute());
    }

    [Fact]
    public void ExactAucRefusesTheBinnedOnlyCurve()
    {
        var auc = new ExactAuc(curve: AucCurve.PrecisionRecallGain).Update([0, 1], [0.2, 0.9]);
        var error = Assert.Throws<InvalidOperationException>(() => auc.Compute());
        Assert.Contains("PrecisionRecallGain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PartialAucOfAPerfectRankingIsOneAndOfOneClassUndefined()
    {
        Assert.Equal(1.0, new PartialRocAuc(maxFpr: 0.1).Update([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]).Compute(), 12);
        Assert.True(double.IsNaN(new PartialRocAuc(maxFpr: 0.1).Update([1, 1], [0.1, 0.2]).Compute()));
        Assert.Equal(0.0, new PartialRocAuc(maxFpr: 0.1, zeroDivision: ZeroDivision.Zero).Update([1, 1], [0.1, 0.2]).Compute());
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialRocAuc(maxFpr: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialRocAuc(maxFpr: 1.5));
    }

    [Fact]
    public void OneVsOneAucOfAMissingClassFollowsZeroDivision()
    {
        // Class 2 has no row: its pairs are undefined.
        int[] labels = [0, 1, 0, 1];
        double[] scores = [0.8, 0.1, 0.1, 0.3, 0.8, 0.1, 0.5, 0.3, 0.2, 0.2, 0.6, 0.2];
        Assert.True(double.IsNaN(new OneVsOneAuc().Update(labels, scores, 3).Compute()));
        Assert.False(double.IsNaN(new OneVsOneAuc(zeroDivision: ZeroDivision.Zero).Update(labels, scores, 3).Compute()));
    }

    [Fact]
    public void DetCurveOfNothingIsEmpty()
    {
        var points = new ExactAuc().DetCurve();
        Assert.Empty(points.Thresholds);
    }
}
