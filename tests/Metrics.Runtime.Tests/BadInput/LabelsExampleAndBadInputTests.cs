using System;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Keras' documented top_k values (peers.md §1.8), the class_id column rule against the element path, and the bad
/// inputs of class_id and top_k: each a clear <see cref="ArgumentException"/> naming the argument and the values,
/// thrown before anything is accumulated.
/// </summary>
public sealed class LabelsExampleAndBadInputTests
{
    private static readonly int[,] Labels = { { 0, 0, 1, 1 } };
    private static readonly double[,] Ones = { { 1, 1, 1, 1 } };

    [Fact]
    public void KerasPrecisionTopK2OnOneRowIsZero() =>
        Approx.PrintedDigits("0.0", new TopKPrecision(2).Update(Labels, Ones).Compute());

    [Fact]
    public void KerasPrecisionTopK4OnOneRowIsHalf() =>
        Approx.PrintedDigits("0.5", new TopKPrecision(4).Update(Labels, Ones).Compute());

    [Fact]
    public void TopKTiesKeepTheLowerIndex()
    {
        // Row scores tie at the boundary: top 1 of [0.5, 0.9, 0.9] keeps column 1 only (label 0), never column 2.
        var m = new TopKPrecision(1).Update(new[,] { { 0, 0, 1 } }, new[,] { { 0.5, 0.9, 0.9 } });
        Assert.Equal((0.0, 1.0, 1.0), (m.TruePositives, m.FalsePositives, m.FalseNegatives));
    }

    [Fact]
    public void CollectionsShareCountsOnlyWithEqualClassId()
    {
        var topK = new MetricCollection().Add<TopKPrecision, double>(new TopKPrecision(2)).Add<TopKRecall, double>(new TopKRecall(2));
        Assert.Equal(1, topK.StatesPerUpdate);
        var otherColumn = new MetricCollection().Add<TopKPrecision, double>(new TopKPrecision(2)).Add<TopKRecall, double>(new TopKRecall(2, classId: 1));
        Assert.Equal(2, otherColumn.StatesPerUpdate);
        var thresholds = new MetricCollection()
            .Add<TruePositives, double[]>(new TruePositives([0.5], classId: 1))
            .Add<PrecisionAtThresholds, double[]>(new PrecisionAtThresholds([0.5], classId: 1))
            .Add<RecallAtThresholds, double[]>(new RecallAtThresholds([0.5]));
        Assert.Equal(2, thresholds.StatesPerUpdate);
        var shared = new TopKPrecision(2).Update(Labels, new[,] { { 0.1, 0.9, 0.8, 0.2 } });
        var recall = new TopKRecall(2).WithStatistics(shared);
        Assert.Equal(new TopKRecall(2).Update(Labels, new[,] { { 0.1, 0.9, 0.8, 0.2 } }).Compute(), recall.Compute());
    }

    [Fact]
    public void ClassIdOnRowsEqualsTheColumnAsElements()
    {
        var rng = new Random(7);
        var batch = LabelsDrivers.Rows(rng, 200);
        var labels = LabelsDrivers.IntRows(batch.LabelRows);
        var column = new int[200];
        var scores = new double[200];
        for (var i = 0; i < 200; i++)
        {
            column[i] = labels[i, 1];
            scores[i] = batch.PredictionRows[i, 1];
        }

        Assert.Equal(new PrecisionAtThresholds([0.3, 0.5]).Update(column, scores).Compute(),
            new PrecisionAtThresholds([0.3, 0.5], classId: 1).Update(labels, batch.PredictionRows).Compute());
        Assert.Equal(new SensitivityAtSpecificity(0.5).Update(column, scores).Compute(),
            new SensitivityAtSpecificity(0.5, classId: 1).Update(labels, batch.PredictionRows).Compute());
    }

    [Fact]
    public void TensorsOfOneShapeAreRowsAndVectorsArePairs()
    {
        var rng = new Random(9);
        var batch = LabelsDrivers.Rows(rng, 120);
        var labels = LabelsDrivers.IntRows(batch.LabelRows);
        var flatLabels = Array.ConvertAll(batch.Labels, l => (int)l);
        var labelTensor = System.Numerics.Tensors.Tensor.Create(flatLabels, [120, 4]);
        var scoreTensor = System.Numerics.Tensors.Tensor.Create(batch.Predictions, [120, 4]);

        Assert.Equal(new PrecisionAtThresholds([0.3, 0.5], classId: 2).Update(labels, batch.PredictionRows).Compute(),
            new PrecisionAtThresholds([0.3, 0.5], classId: 2).Update(labelTensor, scoreTensor).Compute());
        Assert.Equal(new TruePositives([0.5]).Update(flatLabels, batch.Predictions).Compute(),
            new TruePositives([0.5]).Update(labelTensor, scoreTensor).Compute());
        Assert.Equal(new TruePositives([0.5]).Update(flatLabels, batch.Predictions).Compute(),
            new TruePositives([0.5]).Update(System.Numerics.Tensors.Tensor.Create(flatLabels), System.Numerics.Tensors.Tensor.Create(batch.Predictions)).Compute());
    }

    [Fact]
    public void WithoutClassIdRowsEqualTheFlattenedElements()
    {
        var rng = new Random(8);
        var batch = LabelsDrivers.Rows(rng, 100);
        var flatLabels = Array.ConvertAll(batch.Labels, l => (int)l);
        var rowWeights = new double[100];
        var elementWeights = new double[400];
        for (var i = 0; i < 100; i++)
        {
            rowWeights[i] = 1 + (i % 3);
            elementWeights.AsSpan(i * 4, 4).Fill(rowWeights[i]);
        }

        Assert.Equal(new TruePositives([0.1, 0.5, 0.9]).Update(flatLabels, batch.Predictions, weights: elementWeights).Compute(),
            new TruePositives([0.1, 0.5, 0.9]).Update(LabelsDrivers.IntRows(batch.LabelRows), batch.PredictionRows, weights: rowWeights).Compute());
    }

    [Fact]
    public void ClassIdOutsideTheRowsThrowsNamingClassIdAndColumns()
    {
        var m = new FalseNegatives(classId: 4);
        var e = Assert.Throws<ArgumentException>(() => m.Update(Labels, Ones));
        Assert.Equal("ClassId", e.ParamName);
        Assert.Contains("ClassId = 4", e.Message, StringComparison.Ordinal);
        Assert.Contains("4 columns", e.Message, StringComparison.Ordinal);
        Assert.Equal(0.0, m.Compute()[0]);
        Assert.Throws<ArgumentException>(() => new RecallAtPrecision(0.5, classId: 9).Update(Labels, Ones));
        Assert.Throws<ArgumentException>(() => new TopKRecall(1, classId: 4).Update(Labels, Ones));
    }

    [Fact]
    public void ClassIdWithElementInputsThrows()
    {
        var e = Assert.Throws<ArgumentException>(() => new PrecisionAtRecall(0.5, classId: 1).Update(new[] { 0, 1 }, new[] { 0.2, 0.8 }));
        Assert.Equal("ClassId", e.ParamName);
        Assert.Contains("ClassId = 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("ClassId = 0", Assert.Throws<ArgumentException>(() => new TruePositives(classId: 0).Update(new[] { 1 }, new[] { 0.7 })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeClassIdThrowsAtConstruction()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new TrueNegatives(classId: -1));
        Assert.Equal("ClassId", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpecificityAtSensitivity(0.5, classId: -2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TopKPrecision(1, classId: -1));
    }

    [Fact]
    public void TopKParametersAreChecked()
    {
        Assert.Equal("K", Assert.Throws<ArgumentOutOfRangeException>(() => new TopKPrecision(0)).ParamName);
        Assert.Equal("Threshold", Assert.Throws<ArgumentOutOfRangeException>(() => new TopKRecall(1, threshold: 1.5)).ParamName);
        var e = Assert.Throws<ArgumentException>(() => new TopKPrecision(5).Update(Labels, Ones));
        Assert.Contains("K = 5", e.Message, StringComparison.Ordinal);
        Assert.Contains("4 columns", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NaNScoresAndNonBinaryLabelsInRowsThrowBeforeAccumulating()
    {
        var nan = new[,] { { 0.1, 0.2, 0.3, 0.4 }, { 0.5, double.NaN, 0.1, 0.1 } };
        var labels = new[,] { { 0, 1, 0, 1 }, { 1, 0, 0, 1 } };
        var m = new TopKPrecision(2);
        var e = Assert.Throws<ArgumentException>(() => m.Update(labels, nan));
        Assert.Contains("predictions[1, 1]", e.Message, StringComparison.Ordinal);
        Assert.Equal(0.0, m.TruePositives + m.FalsePositives);
        Assert.Contains("predictions[1, 1]", Assert.Throws<ArgumentException>(() => new PrecisionAtRecall(0.5).Update(labels, nan)).Message, StringComparison.Ordinal);
        Assert.Equal(0.0, new PrecisionAtRecall(0.5).Update(labels, nan, mask: [true, false]).Counts[0] * 0);
        var bad = Assert.Throws<ArgumentOutOfRangeException>(() => new TruePositives().Update(new[,] { { 0, 2 } }, new[,] { { 0.1, 0.9 } }));
        Assert.Contains("labels[0, 1] = 2", bad.Message, StringComparison.Ordinal);
    }
}
