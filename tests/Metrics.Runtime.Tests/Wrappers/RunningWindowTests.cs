using System;
using System.Linq;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests.Wrappers;

[Collection(nameof(AllocationProbe))]
public sealed class RunningWindowTests
{
    [Fact]
    public void ValueCoversTheLastUpdatesOnly()
    {
        var window = new RunningWindow<MeanSquaredError>(new(), window: 3);
        var batches = Enumerable.Range(0, 6).Select(i => WrapperData.Regression(20 + (7 * i), seed: i)).ToArray();
        for (var i = 0; i < batches.Length; i++)
        {
            window.Update(new MetricBatch(batches[i].Labels, batches[i].Predictions));

            var covered = batches.Skip(Math.Max(0, i - 2)).Take(Math.Min(3, i + 1)).ToArray();
            var expected = new MeanSquaredError()
                .Update(covered.SelectMany(b => b.Labels).ToArray(), covered.SelectMany(b => b.Predictions).ToArray())
                .Compute();
            Approx.Equal(expected, window.Compute(), 1e-12, context: $"after update {i}");
        }

        Assert.Equal(6, window.Updates);
        Assert.Equal(3, window.Window);
    }

    [Fact]
    public void ArrayStatesAreWindowedToo()
    {
        var window = new RunningWindow<ConfusionMatrix>(new(3), window: 2);
        var (l1, p1) = WrapperData.Classes(40, 3, seed: 1);
        var (l2, p2) = WrapperData.Classes(30, 3, seed: 2);
        var (l3, p3) = WrapperData.Classes(50, 3, seed: 3);
        window.Update(new MetricBatch(l1, p1)).Update(new MetricBatch(l2, p2)).Update(new MetricBatch(l3, p3));

        var expected = new ConfusionMatrix(3).Update(new MetricBatch(l2.Concat(l3).ToArray(), p2.Concat(p3).ToArray())).Compute();
        Assert.Equal(expected, window.Merged().Compute());
    }

    [Fact]
    public void RejectedBatchLeavesTheWindowAsItWas()
    {
        var window = new RunningWindow<BinaryAccuracy>(new(), window: 2);
        window.Update(new MetricBatch(new double[] { 1, 0 }, new[] { 0.9, 0.8 }));
        window.Update(new MetricBatch(new double[] { 1, 1 }, new[] { 0.9, 0.8 }));

        Assert.ThrowsAny<ArgumentException>(() => window.Update(new MetricBatch(new double[] { 3, 1 }, new[] { 0.9, 0.8 })));

        Assert.Equal(0.75, window.Compute());
        Assert.Equal(2, window.Updates);
    }

    [Fact]
    public void WindowOfOneIsTheLastUpdateAndResetEmpties()
    {
        var window = new RunningWindow<MeanSquaredError>(new(), window: 1);
        window.Update(new MetricBatch(new double[] { 0 }, new double[] { 1 })).Update(new MetricBatch(new double[] { 0 }, new double[] { 3 }));
        Assert.Equal(9.0, window.Compute());

        window.Reset();
        Assert.True(double.IsNaN(window.Compute()));
        Assert.Equal(0, window.Updates);
        Assert.Equal("window", Assert.Throws<ArgumentOutOfRangeException>(() => new RunningWindow<MeanSquaredError>(new(), 0)).ParamName);
    }

    [Fact]
    public void UpdateOfScalarStateAllocatesNothing()
    {
        // A metric's Reset drops its array states (the next update allocates them), so only scalar states are free.
        var (values, scores) = WrapperData.Regression(512, seed: 7);
        var errors = new RunningWindow<MeanSquaredError>(new(), window: 5);

        AllocationProbe.AssertNoAllocation(() => errors.Update(new MetricBatch(values, scores)));
    }
}
