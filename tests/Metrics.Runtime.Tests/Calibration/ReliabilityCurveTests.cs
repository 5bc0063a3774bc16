using System;
using System.Linq;
using Xunit;

namespace Metrics.Tests.Calibration;

public sealed class ReliabilityCurveTests
{
    [Theory]
    [InlineData(CalibrationNorm.L1)]
    [InlineData(CalibrationNorm.L2)]
    [InlineData(CalibrationNorm.Max)]
    public void TheCalibrationErrorIsTheNormOfItsReliabilityCurve(CalibrationNorm norm)
    {
        var (labels, probabilities, weights) = Sample(500, seed: 11);
        var metric = new CalibrationError { NumBins = 7, Norm = norm }.Update(labels, probabilities, null, weights);

        var curve = metric.ReliabilityCurve();
        var total = curve.Counts.Sum();
        var gaps = curve.ProbTrue.Zip(curve.ProbPred, (accuracy, confidence) => Math.Abs(accuracy - confidence)).ToArray();
        var expected = norm switch
        {
            CalibrationNorm.L1 => gaps.Select((gap, b) => gap * curve.Counts[b] / total).Sum(),
            CalibrationNorm.L2 => Math.Sqrt(gaps.Select((gap, b) => gap * gap * curve.Counts[b] / total).Sum()),
            _ => gaps.Max(),
        };

        Assert.Equal(expected, metric.Compute(), 12);
        Assert.Equal(weights.Sum(), total, 9);
        Assert.True(curve.ProbPred.Zip(curve.ProbPred.Skip(1), (a, b) => a < b).All(x => x), "bins are by increasing confidence");
    }

    [Fact]
    public void ConfidenceOneHasTheLastBinOfItsOwn()
    {
        var metric = new CalibrationError { NumBins = 2 }.Update([1, 0, 1], [1.0, 0.25, 0.75]);

        var curve = metric.ReliabilityCurve();

        Assert.Equal([0.25, 0.75, 1.0], curve.ProbPred);
        Assert.Equal([0.0, 1.0, 1.0], curve.ProbTrue);
        Assert.Equal([1.0, 1.0, 1.0], curve.Counts);
    }

    [Fact]
    public void TheCalibrationCurveCountsItsBinsWeighted()
    {
        var curve = new CalibrationCurve { NumBins = 2 }.Update(new[] { 1, 0, 1, 1 }, new[] { 0.2, 0.4, 0.9, 0.6 }, null, new[] { 1.0, 3.0, 0.5, 0.0 }).Compute();

        Assert.Equal([4.0, 0.5], curve.Counts);
        Assert.Equal([0.25, 1.0], curve.ProbTrue);
        Assert.Empty(new CalibrationError().ReliabilityCurve().Counts);
    }

    [Fact]
    public void OneVsRestRocCurvesAreEachClassesBinaryCurve()
    {
        var random = new Random(12);
        const int Rows = 90;
        var labels = new int[Rows];
        var scores = new double[Rows, 3];
        var weights = new double[Rows];
        for (var i = 0; i < Rows; i++)
        {
            labels[i] = random.Next(3);
            weights[i] = random.Next(1, 4);
            for (var c = 0; c < 3; c++)
            {
                scores[i, c] = Math.Round(random.NextDouble() + (c == labels[i] ? 0.3 : 0), 1);
            }
        }

        var metric = new OneVsRestAuc().Update(labels, scores, null, weights);
        var curves = metric.RocCurves();

        Assert.Equal(3, curves.Length);
        for (var c = 0; c < 3; c++)
        {
            var column = Enumerable.Range(0, Rows).Select(i => scores[i, c]).ToArray();
            var isClass = labels.Select(label => label == c ? 1 : 0).ToArray();
            var binary = new ExactAuc().Update(isClass, column, null, weights);
            var expected = binary.RocCurve();
            Assert.Equal(expected.FalsePositiveRates, curves[c].FalsePositiveRates);
            Assert.Equal(expected.TruePositiveRates, curves[c].TruePositiveRates);
            Assert.Equal(expected.Thresholds, curves[c].Thresholds);
            Assert.Equal(binary.Compute(), metric.PerClass()[c], 12);
        }
    }

    private static (int[] Labels, double[] Probabilities, double[] Weights) Sample(int count, int seed)
    {
        var random = new Random(seed);
        var labels = new int[count];
        var probabilities = new double[count];
        var weights = new double[count];
        for (var i = 0; i < count; i++)
        {
            probabilities[i] = random.NextDouble();
            labels[i] = random.NextDouble() < probabilities[i] * probabilities[i] ? 1 : 0;
            weights[i] = random.Next(0, 3);
        }

        probabilities[0] = 1.0;
        weights[0] = 2;
        return (labels, probabilities, weights);
    }
}
