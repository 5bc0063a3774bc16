using System;
using System.Linq;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The binned multi-label AUC (Keras AUC multi_label/num_labels/label_weights): convergence to the exact
/// <see cref="MultiLabelAuc"/>, agreement with <see cref="Auc"/> per column, and its bad inputs.
/// </summary>
public sealed class MultiLabelBinnedAucTests
{
    private static (int[,] Labels, double[,] Scores, double[] Weights) Data(int rows, int seed)
    {
        var rng = new Random(seed);
        var labels = new int[rows, 3];
        var scores = new double[rows, 3];
        var weights = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            weights[i] = 0.5 + rng.NextDouble();
            for (var j = 0; j < 3; j++)
            {
                labels[i, j] = rng.Next(2);
                scores[i, j] = 1 / (1 + Math.Exp(-((labels[i, j] - 0.5) * (j + 1)) - (2 * rng.NextDouble()) + 1));
            }
        }

        return (labels, scores, weights);
    }

    [Theory]
    [InlineData(MultiLabelAverage.Macro)]
    [InlineData(MultiLabelAverage.Weighted)]
    [InlineData(MultiLabelAverage.Micro)]
    public void ConvergesToTheExactMultiLabelAucAsThresholdsGrow(MultiLabelAverage average)
    {
        var (labels, scores, weights) = Data(3000, 11);
        var exact = new MultiLabelAuc(average).Update(labels, scores, weights: weights).Compute();
        var errors = new[] { 11, 101, 10_001 }
            .Select(n => Math.Abs(new MultiLabelBinnedAuc(3, average, numThresholds: n).Update(labels, scores, weights: weights).Compute() - exact))
            .ToArray();
        Assert.True(errors[2] < 1e-4, $"error with 10,001 thresholds: {errors[2]}");
        Assert.True(errors[2] < errors[0], string.Join(", ", errors));
    }

    [Fact]
    public void EachLabelIsTheBinnedAucOfItsColumn()
    {
        var (labels, scores, weights) = Data(500, 12);
        var perLabel = new MultiLabelBinnedAuc(3, numThresholds: 50, curve: AucCurve.PrecisionRecall).Update(labels, scores, weights: weights).PerLabel();
        for (var j = 0; j < 3; j++)
        {
            var column = Enumerable.Range(0, 500).Select(i => labels[i, j]).ToArray();
            var columnScores = Enumerable.Range(0, 500).Select(i => scores[i, j]).ToArray();
            Assert.Equal(new Auc(numThresholds: 50, curve: AucCurve.PrecisionRecall).Update(column, columnScores, weights: weights).Compute(), perLabel[j], 1e-12);
        }
    }

    [Fact]
    public void LabelWeightsWeightTheMeanAndThePairs()
    {
        var (labels, scores, _) = Data(400, 13);
        var perLabel = new MultiLabelBinnedAuc(3).Update(labels, scores).PerLabel();
        var weighted = new MultiLabelBinnedAuc(3, labelWeights: [1, 0, 3]).Update(labels, scores).Compute();
        Assert.Equal((perLabel[0] + (3 * perLabel[2])) / 4, weighted, 1e-12);

        // Micro with label weights (0, 1, 0) is the middle column alone.
        var middle = new MultiLabelBinnedAuc(3, MultiLabelAverage.Micro, labelWeights: [0, 1, 0]).Update(labels, scores).Compute();
        Assert.Equal(perLabel[1], middle, 1e-12);
    }

    [Fact]
    public void ALabelOfWeightZeroIsLeftOutEvenWhenItsAucIsUndefined()
    {
        // Label 1 has no positive, so its AUC is NaN; label weight 0 (Keras' label_weights=[1, 0]) or Weighted
        // (no positives: weight 0) must leave it out rather than turn the mean into NaN.
        int[,] labels = { { 1, 0 }, { 0, 0 }, { 1, 0 }, { 0, 0 } };
        double[,] scores = { { 0.9, 0.2 }, { 0.1, 0.4 }, { 0.7, 0.6 }, { 0.3, 0.1 } };
        var perLabel = new MultiLabelBinnedAuc(2).Update(labels, scores).PerLabel();
        Assert.True(double.IsNaN(perLabel[1]));
        Assert.Equal(perLabel[0], new MultiLabelBinnedAuc(2, labelWeights: [1, 0]).Update(labels, scores).Compute(), 1e-15);
        Assert.Equal(perLabel[0], new MultiLabelBinnedAuc(2, MultiLabelAverage.Weighted).Update(labels, scores).Compute(), 1e-15);
        Assert.True(double.IsNaN(new MultiLabelBinnedAuc(2).Update(labels, scores).Compute()));
        Assert.Equal(1.0, new MultiLabelAuc(average: MultiLabelAverage.Weighted).Update(labels, scores).Compute(), 1e-15);
    }

    [Fact]
    public void BadInputsThrowNamingTheArgument()
    {
        var (labels, scores, _) = Data(4, 14);
        Assert.Equal("NumLabels", Assert.Throws<ArgumentOutOfRangeException>(() => new MultiLabelBinnedAuc(0)).ParamName);
        Assert.StartsWith("LabelWeights", Assert.Throws<ArgumentOutOfRangeException>(() => new MultiLabelBinnedAuc(3, labelWeights: [1, -1, 1])).ParamName, StringComparison.Ordinal);
        var m = new MultiLabelBinnedAuc(3, labelWeights: [1, 2]);
        var e = Assert.Throws<ArgumentException>(() => m.Update(labels, scores));
        Assert.Equal("LabelWeights", e.ParamName);
        Assert.Contains("2 weights", e.Message, StringComparison.Ordinal);
        Assert.Contains("NumLabels = 3", new ArgumentException(e.Message).Message, StringComparison.Ordinal);
        Assert.Contains("NumLabels = 4", Assert.Throws<ArgumentException>(() => new MultiLabelBinnedAuc(4).Update(labels, scores)).Message, StringComparison.Ordinal);
        scores[2, 1] = double.NaN;
        Assert.Contains("predictions[2, 1]", Assert.Throws<ArgumentException>(() => new MultiLabelBinnedAuc(3).Update(labels, scores)).Message, StringComparison.Ordinal);
        labels[1, 0] = 3;
        Assert.Contains("labels[1, 0] = 3", Assert.Throws<ArgumentOutOfRangeException>(() => new MultiLabelBinnedAuc(3).Update(labels, new double[4, 3])).Message, StringComparison.Ordinal);
    }
}
