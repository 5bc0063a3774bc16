using System;
using System.Linq;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests.Wrappers;

[Collection(nameof(AllocationProbe))]
public sealed class BootstrapTests
{
    [Fact]
    public void PoissonWeightsHaveMeanAndVarianceOne()
    {
        // Each copy of a Sum of ones totals its n Poisson(1) counts: mean n and variance n across copies.
        const int n = 1000;
        const int copies = 400;
        var ones = Enumerable.Repeat(1.0, n).ToArray();
        var estimate = new Bootstrap<Sum>(new(), copies, seed: 11).Update(new MetricBatch(default, ones)).Compute();

        // Standard errors: sqrt(n / copies) = 1.6 for the mean; about 3.5 % for a standard deviation of 400 copies.
        Assert.InRange(estimate.Mean, n - (4 * 1.6), n + (4 * 1.6));
        Assert.InRange(estimate.StandardDeviation, Math.Sqrt(n) * 0.85, Math.Sqrt(n) * 1.15);
        Assert.All(estimate.Values, v => Assert.Equal(Math.Floor(v), v));
    }

    [Fact]
    public void SpreadOfTheMeanIsItsStandardError()
    {
        const int n = 2000;
        var (values, _) = WrapperData.Regression(n, seed: 5);
        var bootstrap = new Bootstrap<Average>(new(), copies: 400, seed: 3);
        bootstrap.Update(new MetricBatch(default, values.AsSpan(0, 700)));
        bootstrap.Update(new MetricBatch(default, values.AsSpan(700)));
        var estimate = bootstrap.Compute();

        var mean = values.Average();
        var standardError = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1) / n);
        Assert.InRange(estimate.StandardDeviation, standardError * 0.85, standardError * 1.15);
        Assert.InRange(estimate.Mean, mean - (4 * standardError / Math.Sqrt(400)), mean + (4 * standardError / Math.Sqrt(400)));
        Assert.InRange(mean, estimate.Lower, estimate.Upper);
        Assert.InRange(estimate.Upper - estimate.Lower, 2 * 1.96 * standardError * 0.8, 2 * 1.96 * standardError * 1.2);
    }

    [Fact]
    public void SameSeedSameCopiesOtherSeedOtherCopies()
    {
        var (labels, predictions) = WrapperData.Regression(300, seed: 1);
        double[] Values(ulong seed) =>
            new Bootstrap<MeanSquaredError>(new(), 20, seed).Update(new MetricBatch(labels, predictions)).Compute().Values.ToArray();

        Assert.Equal(Values(9), Values(9));
        Assert.NotEqual(Values(9), Values(10));
    }

    [Fact]
    public void MergeIsCopyByCopy()
    {
        var (labels, predictions) = WrapperData.Regression(400, seed: 2);
        var first = new Bootstrap<MeanSquaredError>(new(), 30, seed: 1).Update(new MetricBatch(labels.AsSpan(0, 250), predictions.AsSpan(0, 250)));
        var second = new Bootstrap<MeanSquaredError>(new(), 30, seed: 2).Update(new MetricBatch(labels.AsSpan(250), predictions.AsSpan(250)));
        var before = first.Compute().Values.ToArray();

        var merged = first.Merge(second).Compute();

        for (var i = 0; i < 30; i++)
        {
            var a = first.Copies[i];
            var b = second.Copies[i];
            var expected = (a.SquaredError + b.SquaredError) / (a.Count + b.Count);
            Approx.Equal(expected, merged.Values[i], 1e-12, context: $"copy {i}");
        }

        Assert.Equal(before, first.Compute().Values);
        Assert.Throws<ArgumentException>(() => first.Merge(new Bootstrap<MeanSquaredError>(new(), 31)));
        Assert.Throws<ArgumentException>(() =>
            new Bootstrap<BinaryAccuracy>(new(0.5), 3).Merge(new Bootstrap<BinaryAccuracy>(new(0.7), 3)));
    }

    [Fact]
    public void RejectedBatchLeavesEveryCopyAndTheGeneratorAsTheyWere()
    {
        var labels = new double[] { 0, 1, 1, 0, 1 };
        var scores = new double[] { 0.2, 0.9, 0.4, 0.6, 0.7 };
        var bad = new double[] { 0, 1, 2, 0, 1 };
        var rejecting = new Bootstrap<BinaryAccuracy>(new(), 8, seed: 4).Update(new MetricBatch(labels, scores));
        var reference = new Bootstrap<BinaryAccuracy>(new(), 8, seed: 4).Update(new MetricBatch(labels, scores));

        var error = Assert.ThrowsAny<ArgumentException>(() => rejecting.Update(new MetricBatch(bad, scores)));
        Assert.Contains("2", error.Message, StringComparison.Ordinal);
        rejecting.Update(new MetricBatch(scores.Select(s => s > 0.5 ? 1.0 : 0.0).ToArray(), scores));
        reference.Update(new MetricBatch(scores.Select(s => s > 0.5 ? 1.0 : 0.0).ToArray(), scores));

        Assert.Equal(reference.Compute().Values, rejecting.Compute().Values);
    }

    [Fact]
    public void BatchWeightsMultiplyTheDrawnCounts()
    {
        var (labels, predictions) = WrapperData.Regression(50, seed: 8);
        var doubled = Enumerable.Repeat(2.0, 50).ToArray();
        var plain = new Bootstrap<MeanSquaredError>(new(), 5, seed: 6).Update(new MetricBatch(labels, predictions));
        var weighted = new Bootstrap<MeanSquaredError>(new(), 5, seed: 6).Update(new MetricBatch(labels, predictions).WithWeights(doubled));

        for (var i = 0; i < 5; i++)
        {
            Approx.Equal(2 * plain.Copies[i].Count, weighted.Copies[i].Count);
            Approx.Equal(plain.Compute().Values[i], weighted.Compute().Values[i], 1e-12);
        }

        Assert.Throws<ArgumentException>(() => plain.Update(new MetricBatch(labels, predictions).WithWeights(doubled.AsSpan(1))));
    }

    [Fact]
    public void MetricWithoutWeightedUpdateIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new Bootstrap<ElementCount>(new()));
        Assert.Equal("metric", error.ParamName);
        Assert.Contains(nameof(ElementCount), error.Message, StringComparison.Ordinal);
        Assert.Contains("sample weights", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadArgumentsAreNamed()
    {
        Assert.Equal("copies", Assert.Throws<ArgumentOutOfRangeException>(() => new Bootstrap<MeanSquaredError>(new(), 1)).ParamName);
        var bootstrap = new Bootstrap<MeanSquaredError>(new(), 2);
        Assert.Equal("confidenceLevel", Assert.Throws<ArgumentOutOfRangeException>(() => bootstrap.Compute(1.0)).ParamName);
        Assert.Equal("confidenceLevel", Assert.Throws<ArgumentOutOfRangeException>(() => bootstrap.Compute(double.NaN)).ParamName);
    }

    [Fact]
    public void EmptyCopiesGiveNaN()
    {
        var estimate = new Bootstrap<MeanSquaredError>(new(), 4).Compute();

        Assert.True(double.IsNaN(estimate.Mean));
        Assert.True(double.IsNaN(estimate.Lower));
        Assert.True(double.IsNaN(estimate.Upper));
    }

    [Fact]
    public void ResetEmptiesEveryCopy()
    {
        var (labels, predictions) = WrapperData.Regression(20, seed: 3);
        var bootstrap = new Bootstrap<MeanSquaredError>(new(), 3).Update(new MetricBatch(labels, predictions)).Reset();

        Assert.All(bootstrap.Copies.ToArray(), c => Assert.Equal(0.0, c.Count));
    }

    [Fact]
    public void UpdateAllocatesNothing()
    {
        var (labels, predictions) = WrapperData.Regression(256, seed: 4);
        var weights = Enumerable.Repeat(1.5, 256).ToArray();
        var mask = labels.Select(l => l > 1.0).ToArray();
        var bootstrap = new Bootstrap<MeanSquaredError>(new(), 16, seed: 1);
        var (classes, predicted) = WrapperData.Classes(256, 4, seed: 4);
        var counts = new Bootstrap<MulticlassRecall>(new(4), 16, seed: 1);

        AllocationProbe.AssertNoAllocation(() => bootstrap.Update(new MetricBatch(labels, predictions).WithWeights(weights).WithMask(mask)));
        AllocationProbe.AssertNoAllocation(() => counts.Update(new MetricBatch(classes, predicted)));
    }
}
