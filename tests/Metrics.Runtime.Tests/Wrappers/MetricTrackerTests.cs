using System;
using System.Linq;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests.Wrappers;

[Collection(nameof(AllocationProbe))]
public sealed class MetricTrackerTests
{
    [Fact]
    public void KeepsEachEpochsValueAndFindsTheLowestLoss()
    {
        var tracker = new MetricTracker<MeanSquaredError>(new());
        var expected = new double[4];
        for (var epoch = 0; epoch < 4; epoch++)
        {
            if (epoch > 0)
            {
                tracker.Increment();
            }

            // Epoch 2 has the smallest errors.
            var (labels, predictions) = WrapperData.Regression(100, seed: epoch);
            var scaled = predictions.Select((p, i) => labels[i] + ((p - labels[i]) * (epoch == 2 ? 0.1 : 1.0 + epoch))).ToArray();
            tracker.Update(new MetricBatch(labels.AsSpan(0, 60), scaled.AsSpan(0, 60)));
            tracker.Update(new MetricBatch(labels.AsSpan(60), scaled.AsSpan(60)));
            expected[epoch] = new MeanSquaredError().Update(labels, scaled).Compute();
        }

        Assert.False(tracker.HigherIsBetter);
        Assert.Equal(3, tracker.Epoch);
        var all = tracker.ComputeAll();
        Assert.Equal(4, all.Count);
        for (var epoch = 0; epoch < 4; epoch++)
        {
            Approx.Equal(expected[epoch], all[epoch], 1e-12, context: $"epoch {epoch}");
        }

        Approx.Equal(expected[3], tracker.Compute(), 1e-12);
        var (value, best) = tracker.Best();
        Assert.Equal(Array.IndexOf(expected, expected.Min()), best);
        Assert.Equal(all[best], value);
    }

    [Fact]
    public void FindsTheHighestScoreAndTheFirstOnTies()
    {
        var labels = new double[] { 1, 0, 1, 1 };
        var tracker = new MetricTracker<BinaryAccuracy>(new());
        tracker.Update(new MetricBatch(labels, new[] { 0.9, 0.1, 0.2, 0.3 })).Increment();   // 0.5
        tracker.Update(new MetricBatch(labels, new[] { 0.9, 0.1, 0.8, 0.3 })).Increment();   // 0.75
        tracker.Update(new MetricBatch(labels, new[] { 0.9, 0.1, 0.8, 0.7 })).Increment();   // 1
        tracker.Update(new MetricBatch(labels, new[] { 0.9, 0.1, 0.8, 0.7 }));               // 1

        Assert.True(tracker.HigherIsBetter);
        Assert.Equal([0.5, 0.75, 1.0, 1.0], tracker.ComputeAll());
        Assert.Equal((1.0, 2), tracker.Best());
    }

    [Fact]
    public void GivenDirectionOverridesTheDeclaredOne()
    {
        var tracker = new MetricTracker<Accuracy>(new(), higherIsBetter: false);
        tracker.Update(new MetricBatch(new double[] { 1, 0 }, new double[] { 1, 0 })).Increment();
        tracker.Update(new MetricBatch(new double[] { 1, 0 }, new double[] { 1, 1 }));

        Assert.Equal((0.5, 1), tracker.Best());
    }

    [Fact]
    public void NaNEpochsAreNeverBest()
    {
        var tracker = new MetricTracker<MeanSquaredError>(new());
        Assert.Equal(-1, tracker.Best().Epoch);
        tracker.Increment();
        tracker.Update(new MetricBatch(new double[] { 1 }, new double[] { 3 }));

        Assert.Equal((4.0, 1), tracker.Best());
    }

    [Fact]
    public void MetricWithoutDirectionNeedsOne()
    {
        var error = Assert.Throws<ArgumentException>(() => new MetricTracker<Sum>(new()));
        Assert.Equal("higherIsBetter", error.ParamName);
        Assert.Contains("Sum", error.Message, StringComparison.Ordinal);
        Assert.True(new MetricTracker<Sum>(new(), higherIsBetter: true).HigherIsBetter);
    }

    [Fact]
    public void ResetForgetsEveryEpoch()
    {
        var tracker = new MetricTracker<MeanSquaredError>(new());
        tracker.Update(new MetricBatch(new double[] { 1 }, new double[] { 2 })).Increment().Reset();

        Assert.Equal(0, tracker.Epoch);
        Assert.True(double.IsNaN(Assert.Single(tracker.ComputeAll())));
    }

    [Fact]
    public void UpdateAllocatesNothing()
    {
        var (labels, predictions) = WrapperData.Classes(512, 5, seed: 1);
        var tracker = new MetricTracker<MulticlassRecall>(new(5));

        AllocationProbe.AssertNoAllocation(() => tracker.Update(new MetricBatch(labels, predictions)));
    }
}
