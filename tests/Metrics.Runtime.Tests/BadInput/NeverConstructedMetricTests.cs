using System;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// <c>default(T)</c> (an element of <c>new T[n]</c>, an unassigned field) skips every constructor, so a metric with
/// parameters would run with zeros instead of its declared defaults (BinaryAccuracy with threshold 0, not 0.5). Such an
/// instance is rejected at Update, Merge and Compute through <see cref="IMetric{TSelf, TResult}"/> with an
/// <see cref="InvalidOperationException"/> naming the type and how to construct it. Metrics without parameters keep
/// <c>default</c> valid: their empty state is their default value.
/// </summary>
public sealed class NeverConstructedMetricTests
{
    [Fact]
    public void UpdateOfADefaultMetricWithParametersThrowsNamingTheType()
    {
        var metrics = new BinaryAccuracy[2];
        var exception = Assert.Throws<InvalidOperationException>(() => metrics[0].Update(new[] { 1 }, new[] { 0.3 }));
        Assert.Contains("BinaryAccuracy", exception.Message, StringComparison.Ordinal);
        Assert.Contains("new BinaryAccuracy(", exception.Message, StringComparison.Ordinal);
        Assert.Equal(default, metrics[0]);
    }

    [Fact]
    public void UntypedUpdateOfADefaultMetricThrows() =>
        Assert.Throws<InvalidOperationException>(() => default(ConfusionMatrix).Update(new MetricBatch(new[] { 1.0 }, new[] { 1.0 })));

    [Fact]
    public void MergeWithADefaultMetricThrowsOnEitherSide()
    {
        var constructed = new BinaryAccuracy().Update(new[] { 1 }, new[] { 0.9 });
        var before = constructed;
        Assert.Throws<InvalidOperationException>(() => constructed.Merge(default));
        Assert.Throws<InvalidOperationException>(() => default(BinaryAccuracy).Merge(constructed));
        Assert.Equal(before, constructed);
    }

    [Fact]
    public void ComputeThroughTheMetricInterfaceThrows() =>
        Assert.Throws<InvalidOperationException>(() => ComputeGeneric<ConfusionMatrix, double[,]>(default));

    [Fact]
    public void EveryWayOfConstructingKeepsTheMetricUsable()
    {
        var labels = new[] { 1, 0 };
        var predictions = new[] { 0.7, 0.6 };
        var expected = new BinaryAccuracy(threshold: 0.65).Update(labels, predictions).Compute();
        Assert.Equal(expected, (new BinaryAccuracy() with { Threshold = 0.65 }).Update(labels, predictions).Compute());
        Assert.Equal(expected, new BinaryAccuracy { Threshold = 0.65 }.Update(labels, predictions).Compute());
        Assert.Equal(expected, new BinaryAccuracy(threshold: 0.65).Update(labels, predictions).Empty().Update(labels, predictions).Compute());
        Assert.Equal(expected, new BinaryAccuracy(threshold: 0.65).Copy().Update(labels, predictions).Compute());
        Assert.Equal(expected, ComputeGeneric<BinaryAccuracy, double>(
            MetricRegistry.Create<BinaryAccuracy>("binary_accuracy", new System.Collections.Generic.Dictionary<string, object?> { ["threshold"] = 0.65 })
                .Update(labels, predictions)));
        Assert.Equal(new BinaryAccuracy(), new BinaryAccuracy());
        Assert.Equal(new BinaryAccuracy().GetHashCode(), new BinaryAccuracy().GetHashCode());
    }

    [Fact]
    public void MetricsWithoutParametersKeepDefaultValid()
    {
        var expected = new MeanSquaredError().Update(new[] { 1.0 }, new[] { 3.0 }).Compute();
        Assert.Equal(expected, default(MeanSquaredError).Update(new[] { 1.0 }, new[] { 3.0 }).Compute());
        Assert.Equal(new MeanSquaredError(), default(MeanSquaredError));
    }

    private static TResult ComputeGeneric<TMetric, TResult>(TMetric metric)
        where TMetric : struct, IMetric<TMetric, TResult> => metric.Compute();
}
