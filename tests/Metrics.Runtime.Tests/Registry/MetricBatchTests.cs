using System;
using System.Linq;
using Metrics;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>The untyped batch: routed to each metric's element shape, converted to its element types, validated.</summary>
public sealed class MetricBatchTests
{
    [Fact]
    public void PairsValuesRowsAndLabelRowsRouteToTheirShapes()
    {
        double[] labels = [1, 0, 2, 1];
        double[] rows = [0.1, 0.7, 0.2, 0.9, 0.05, 0.05, 0.2, 0.3, 0.5, 0.3, 0.3, 0.4];
        bool[] mask = [true, false, true, true];
        double[] weights = [1, 2, 0.5, 3];

        var typedAccuracy = new Accuracy().Update([1, 0, 2, 1], rows, 3, mask, weights);
        Assert.Equal(typedAccuracy, new Accuracy().Update(new MetricBatch(labels, rows, 3).WithMask(mask).WithWeights(weights)));

        double[] oneHot = [0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0];
        var typedLogProb = new LogProb().Update(oneHot, rows, 3, mask);
        Assert.Equal(typedLogProb, new LogProb().Update(new MetricBatch(oneHot, rows, 3).WithMask(mask)));

        var typedWelford = new Welford().Update(rows, null, null);
        Assert.Equal(typedWelford, new Welford().Update(new MetricBatch([], rows)));

        var typedMatrix = new ConfusionMatrix(3).Update(new[] { 1, 0, 2, 1 }, new[] { 1, 1, 2, 0 }, mask, weights);
        Assert.Equal(typedMatrix.Compute(), new ConfusionMatrix(3).Update(new MetricBatch(labels, [1, 1, 2, 0]).WithMask(mask).WithWeights(weights)).Compute());
    }

    [Fact]
    public void MaskedPaddingLabelsAreNotValidated()
    {
        double[] labels = [1, double.NaN, 0];
        double[] scores = [0.5, double.NaN, -0.5];
        var metric = new Precision().Update(new MetricBatch(labels, scores).WithMask([true, false, true]));
        Assert.Equal(new Precision().Update([1, 0], [0.5, -0.5]), metric);
    }

    [Fact]
    public void BadBatchesAreNamed()
    {
        var fractional = Assert.Throws<ArgumentException>(() => new Precision().Update(new MetricBatch([1, 0.5], [1, 1])));
        Assert.Equal("labels", fractional.ParamName);
        Assert.Contains("labels[1] = 0.5", fractional.Message, StringComparison.Ordinal);

        var shape = Assert.Throws<ArgumentException>(() => new MeanSquaredError().Update(new MetricBatch([1, 2], [1, 2, 3, 4], 2)));
        Assert.Equal("batch", shape.ParamName);
        Assert.Contains("(label, prediction) pairs", shape.Message, StringComparison.Ordinal);

        var lengths = Assert.ThrowsAny<ArgumentException>(() => new MeanSquaredError().Update(new MetricBatch([1, 2, 3], [1, 2])));
        Assert.Contains("3", lengths.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentOutOfRangeException>(() => new MetricBatch([1], [1, 2, 3], 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MetricBatch([1], [1, 2, 3], -1));
    }

    [Fact]
    public void UntypedUpdateAllocatesOnlyPooledBuffers()
    {
        var labels = Enumerable.Range(0, 4096).Select(i => (double)(i % 2)).ToArray();
        var scores = Enumerable.Range(0, 4096).Select(i => Math.Sin(i)).ToArray();
        var recall = new Recall();
        var updates = 0;
        AllocationTests.AssertNoAllocation(() =>
        {
            recall = recall.Update(new MetricBatch(labels, scores));
            updates++;
        });
        Assert.Equal(updates * 2048.0, recall.Counts.TruePositives + recall.Counts.FalseNegatives);
    }
}
