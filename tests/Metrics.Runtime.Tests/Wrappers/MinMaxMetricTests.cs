using System;
using System.Collections.Generic;
using System.Linq;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests.Wrappers;

[Collection(nameof(AllocationProbe))]
public sealed class MinMaxMetricTests
{
    [Fact]
    public void MinAndMaxOfTheValuesComputedAtEachStep()
    {
        var wrapper = new MinMaxMetric<MeanAbsoluteError>(new());
        var direct = new MeanAbsoluteError();
        var seen = new List<double>();
        for (var step = 0; step < 6; step++)
        {
            var (labels, predictions) = WrapperData.Regression(10 + step, seed: 20 + step);
            wrapper.Update(new MetricBatch(labels, predictions));
            direct = direct.Update(labels, predictions);
            seen.Add(direct.Compute());

            var value = wrapper.Compute();
            Approx.Equal(seen[^1], value.Value, 1e-12);
            Approx.Equal(seen.Min(), value.Min, 1e-12);
            Approx.Equal(seen.Max(), value.Max, 1e-12);
        }

        Assert.True(seen.Min() < seen.Max());
    }

    [Fact]
    public void ResetKeepsTheExtremesAndResetAllForgetsThem()
    {
        var wrapper = new MinMaxMetric<MeanSquaredError>(new());
        Assert.True(double.IsNaN(wrapper.Compute().Min));
        wrapper.Update(new MetricBatch(new double[] { 0 }, new double[] { 2 }));
        Assert.Equal(new MinMaxValue(4, 4, 4), wrapper.Compute());

        wrapper.Reset().Update(new MetricBatch(new double[] { 0 }, new double[] { 1 }));
        Assert.Equal(new MinMaxValue(1, 1, 4), wrapper.Compute());

        wrapper.ResetAll();
        Assert.True(double.IsNaN(wrapper.Max));
        wrapper.Update(new MetricBatch(new double[] { 0 }, new double[] { 3 }));
        Assert.Equal(new MinMaxValue(9, 9, 9), wrapper.Compute());
    }

    [Fact]
    public void UpdateAllocatesNothing()
    {
        var (labels, predictions) = WrapperData.Regression(300, seed: 2);
        var wrapper = new MinMaxMetric<MeanSquaredError>(new());

        AllocationProbe.AssertNoAllocation(() => wrapper.Update(new MetricBatch(labels, predictions)));
    }
}
