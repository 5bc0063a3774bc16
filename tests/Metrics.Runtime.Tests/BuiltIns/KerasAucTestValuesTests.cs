using System;
using System.Linq;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The values Keras' own test suite documents for <c>keras.metrics.AUC</c>: keras/src/metrics/confusion_metrics_test.py,
/// classes <c>AUCTest</c> and <c>MultiAUCTest</c>, at commit 3422977a5e38fb2f7709aaa9a08e47f0c43d0f60. Each test names
/// the Keras test it reproduces; tolerances are Keras' (<c>assertAllClose(result, expected, atol)</c>) where Keras'
/// expected value is rounded, and tight where it is exact. The PR-gain cases are in <see cref="CurveParityTests"/>.
/// Not reproduced (our API cannot express them): <c>test_weighted_pr_interpolation_negative_weights</c> (negative
/// weights are refused here), <c>MultiAUCTest.test_full_sample_weight_flat</c> (one weight per (row, label) cell;
/// weights here are one per row), and the configuration, invalid-argument and model-compile tests (no value).
/// </summary>
public sealed class KerasAucTestValuesTests
{
    // AUCTest.setUp: 3 thresholds [0 − 1e-7, 0.5, 1 + 1e-7].
    private static readonly int[] Labels = [0, 0, 1, 1];
    private static readonly double[] Scores = [0, 0.5, 0.3, 0.9];
    private static readonly double[] Weights = [1, 2, 3, 4];

    // MultiAUCTest.setUp: 5 thresholds, two label columns (the transposed arrays of the Keras test).
    private static readonly double[,] MultiScores = { { 0, 0.1 }, { 0.5, 0.2 }, { 0.3, 0.3 }, { 0.9, 0.4 } };
    private static readonly int[,] GoodLabels = { { 0, 0 }, { 0, 0 }, { 1, 1 }, { 1, 1 } };
    private static readonly int[,] BadLabels = { { 0, 1 }, { 0, 1 }, { 1, 0 }, { 1, 0 } };

    // Keras' y_pred_logits = −log(1 / (p + 1e-12) − 1), in float32 as Keras computes it on its float32 arrays: 0.5 gives
    // the logit 0 exactly, whose sigmoid is not above the threshold 0.5 (in double, 0.5 + 1e-12 would be).
    private static double Logit(double p) => -MathF.Log((1f / ((float)p + 1e-12f)) - 1f);

    private static double Keras(AucCurve curve, AucSummation summation, bool weighted) =>
        new Auc(numThresholds: 3, curve: curve, summation: summation).Update(Labels, Scores, null, weighted ? Weights : null).Compute();

    [Fact]
    public void UnweightedAllCorrect() => // test_unweighted_all_correct (default 200 thresholds)
        Assert.Equal(1.0, new Auc().Update(Labels, Labels.Select(l => (double)l).ToArray()).Compute());

    [Fact]
    public void Unweighted() => // test_unweighted: 0.75 · 1 + 0.25 · 0
        Assert.Equal(0.75, Keras(AucCurve.Roc, AucSummation.Interpolation, weighted: false), 12);

    [Fact]
    public void UnweightedFromLogits() => // test_unweighted_from_logits
        Assert.Equal(0.75, new Auc(numThresholds: 3, fromLogits: true).Update(Labels, Scores.Select(Logit).ToArray()).Compute(), 12);

    [Fact]
    public void ManualThresholds() // test_manual_thresholds: thresholds [0.5] → [0 − 1e-7, 0.5, 1 + 1e-7]
    {
        var auc = new Auc(numThresholds: 2, thresholds: new[] { 0.5 });
        Assert.Equal(3, auc.Grid.Count);
        Assert.Equal(0.75, auc.Update(Labels, Scores).Compute(), 12);
    }

    [Theory]
    [InlineData(AucCurve.Roc, AucSummation.Interpolation, 0.7855 * 1 + 0.2855 * 0)] // test_weighted_roc_interpolation
    [InlineData(AucCurve.Roc, AucSummation.Majoring, 1 * 1 + 0.571 * 0)] // test_weighted_roc_majoring
    [InlineData(AucCurve.Roc, AucSummation.Minoring, 0.571 * 1 + 0 * 0)] // test_weighted_roc_minoring
    [InlineData(AucCurve.PrecisionRecall, AucSummation.Majoring, 1 * 0.429 + 1 * 0.571)] // test_weighted_pr_majoring
    [InlineData(AucCurve.PrecisionRecall, AucSummation.Minoring, 0.7 * 0.429 + 0 * 0.571)] // test_weighted_pr_minoring
    [InlineData(AucCurve.PrecisionRecall, AucSummation.Interpolation, (2.416 / 7) + (4.0 / 7))] // test_weighted_pr_interpolation
    public void Weighted(AucCurve curve, AucSummation summation, double expected) =>
        Assert.Equal(expected, Keras(curve, summation, weighted: true), 1e-3);

    [Fact]
    public void WeightedRocInterpolationIsExactlyKerasFormula() // the rounded 0.7855 above, unrounded: (1 + 4/7) / 2
        => Assert.Equal((1 + (4.0 / 7)) / 2, Keras(AucCurve.Roc, AucSummation.Interpolation, weighted: true), 12);

    [Fact]
    public void WeightedPrInterpolationIsExactlyKerasFormula() // Davis & Goadrich: (0.5 · (3 + 2 · ln 2.5) + 4) / 7
        => Assert.Equal(((0.5 * (3 + (2 * Math.Log(2.5)))) + 4) / 7, Keras(AucCurve.PrecisionRecall, AucSummation.Interpolation, weighted: true), 12);

    [Fact]
    public void ExtraDims() // test_extra_dims: labels and sigmoid scores of shape (2, 2, 3), flattened as Keras does
    {
        double[] logits = [-10, 10, -10, 10, -10, 10, -12, 12, -12, 12, -12, 12];
        int[] labels = [1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1];
        var scores = logits.Select(x => 1 / (1 + Math.Exp(x))).ToArray(); // scipy.special.expit(−x)
        Assert.Equal(0.5, new Auc().Update(labels, scores).Compute(), 12);
    }

    [Theory]
    [InlineData(MultiLabelAverage.Macro)] // MultiAUCTest.test_unweighted_all_correct (multi_label=True)
    [InlineData(MultiLabelAverage.Micro)] // test_unweighted_all_correct_flat (multi_label=False)
    public void MultiLabelAllCorrect(MultiLabelAverage average)
    {
        var asScores = new double[4, 2];
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 2; j++)
            {
                asScores[i, j] = GoodLabels[i, j];
            }
        }

        Assert.Equal(1.0, new MultiLabelBinnedAuc(2, average).Update(GoodLabels, asScores).Compute());
    }

    [Theory]
    [InlineData(false)] // test_unweighted: (0.875 + 1) / 2
    [InlineData(true)] // test_unweighted_from_logits
    public void MultiLabelUnweighted(bool fromLogits)
    {
        var scores = fromLogits ? Map(MultiScores, Logit) : MultiScores;
        var auc = new MultiLabelBinnedAuc(2, numThresholds: 5, fromLogits: fromLogits).Update(GoodLabels, scores);
        Assert.Equal((0.875 + 1.0) / 2.0, auc.Compute(), 12);
    }

    [Theory]
    [InlineData(false)] // test_unweighted_flat: 1 − 3/32
    [InlineData(true)] // test_unweighted_flat_from_logits
    public void MicroUnweighted(bool fromLogits)
    {
        var scores = fromLogits ? Map(MultiScores, Logit) : MultiScores;
        var auc = new MultiLabelBinnedAuc(2, MultiLabelAverage.Micro, numThresholds: 5, fromLogits: fromLogits).Update(GoodLabels, scores);
        Assert.Equal(1.0 - (3.0 / 32.0), auc.Compute(), 12);
    }

    [Fact]
    public void MicroSampleWeights() => // test_sample_weight_flat: 1 − 0.3333 · (1 − 0.2857) / 2
        Assert.Equal(
            1.0 - (0.3333 * (1.0 - 0.2857) / 2.0),
            new MultiLabelBinnedAuc(2, MultiLabelAverage.Micro, numThresholds: 5).Update(GoodLabels, MultiScores, weights: Weights).Compute(),
            1e-3);

    [Fact]
    public void MacroLabelWeights() => // test_label_weights: (0.875 · 0.75 + 1 · 0.25) / (0.75 + 0.25)
        Assert.Equal(
            ((0.875 * 0.75) + (1.0 * 0.25)) / (0.75 + 0.25),
            new MultiLabelBinnedAuc(2, labelWeights: [0.75, 0.25], numThresholds: 5).Update(GoodLabels, MultiScores).Compute(),
            12);

    [Fact]
    public void MicroLabelWeights() => // test_label_weights_flat: 1 − (1 − 0.375) · 0.375 / 2, Keras' atol 1e-2
        Assert.Equal(
            1.0 - ((1.0 - 0.375) * 0.375 / 2.0),
            new MultiLabelBinnedAuc(2, MultiLabelAverage.Micro, labelWeights: [0.75, 0.25], numThresholds: 5).Update(GoodLabels, MultiScores).Compute(),
            1e-2);

    [Fact]
    public void MultiLabelManualThresholds() // test_manual_thresholds: per-label AUCs [0.75, 0.5]
    {
        var auc = new MultiLabelBinnedAuc(2, numThresholds: 2, thresholds: new[] { 0.5 });
        Assert.Equal(3, auc.Grid.Count);
        Assert.Equal((0.75 + 0.5) / 2.0, auc.Update(GoodLabels, MultiScores).Compute(), 12);
    }

    [Fact]
    public void MultiLabelWeightedRocInterpolation() => // test_weighted_roc_interpolation: 1 − 0.5 · 0.43 · 0.67, Keras' atol 1e-1
        Assert.Equal(
            1.0 - (0.5 * 0.43 * 0.67),
            new MultiLabelBinnedAuc(2, numThresholds: 5).Update(GoodLabels, MultiScores, weights: Weights).Compute(),
            1e-1);

    [Fact]
    public void MultiLabelPrInterpolationUnweighted() // test_pr_interpolation_unweighted
    {
        // Keras' interpolate_pr_auc (Davis & Goadrich) on these counts: the first label's TP = [2, 2, 1, 1, 0] and
        // P = [4, 3, 1, 1, 0] give (0.5 · (1 + 0.5 · ln 3) + 1) / 2 = 0.8873; the bad second label's TP = [2, 0, 0, 0, 0],
        // P = [4, 2, 0, 0, 0] give (2 − 2 ln 2) / 2 = 0.3069. The test's comments say 0.917 and 0.5 (scikit-learn-like
        // step values): the good case still lies within its atol 1e-1 of them, the bad one (0.5971 against 0.7083)
        // does not, so the bad case is held to Keras' formula, which this library reproduces.
        var first = ((0.5 * (1 + (0.5 * Math.Log(3)))) + 1) / 2;
        var auc = new MultiLabelBinnedAuc(2, numThresholds: 5, curve: AucCurve.PrecisionRecall);
        var good = auc.Update(GoodLabels, MultiScores).Compute();
        Assert.Equal((0.91667 + 1.0) / 2.0, good, 1e-1);
        Assert.Equal((first + 1.0) / 2, good, 12);
        Assert.Equal((first + (1 - Math.Log(2))) / 2, auc.Empty().Update(BadLabels, MultiScores).Compute(), 12);
    }

    [Fact]
    public void MultiLabelPrInterpolationWeighted() => // test_pr_interpolation: (0.939 + 1) / 2, Keras' atol 1e-1
        Assert.Equal(
            (0.939 + 1.0) / 2.0,
            new MultiLabelBinnedAuc(2, numThresholds: 5, curve: AucCurve.PrecisionRecall).Update(GoodLabels, MultiScores, weights: Weights).Compute(),
            1e-1);

    private static double[,] Map(double[,] values, Func<double, double> f)
    {
        var mapped = new double[values.GetLength(0), values.GetLength(1)];
        for (var i = 0; i < values.GetLength(0); i++)
        {
            for (var j = 0; j < values.GetLength(1); j++)
            {
                mapped[i, j] = f(values[i, j]);
            }
        }

        return mapped;
    }
}
