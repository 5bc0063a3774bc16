using System;
using System.Linq;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests.Wrappers;

[Collection(nameof(AllocationProbe))]
public sealed class ClasswiseTests
{
    private static readonly string[] Animals = ["cat", "dog", "bird"];

    [Fact]
    public void PerClassValuesByName()
    {
        var (labels, predictions) = WrapperData.Classes(90, 3, seed: 12);
        var wrapper = Classwise.Of(new MulticlassRecall(3), Animals, static m => m.PerClass());
        wrapper.Update(new MetricBatch(labels.AsSpan(0, 50), predictions.AsSpan(0, 50)));
        wrapper.Update(new MetricBatch(labels.AsSpan(50), predictions.AsSpan(50)));

        var values = wrapper.Compute();

        Assert.Equal(Animals, values.Keys);
        for (var c = 0; c < 3; c++)
        {
            var ofClass = labels.Select((l, i) => (l, p: predictions[i])).Where(x => x.l == c).ToArray();
            var recall = ofClass.Count(x => x.p == c) / (double)ofClass.Length;
            Approx.Equal(recall, values[Animals[c]], 1e-12, context: Animals[c]);
        }
    }

    [Fact]
    public void ArrayValuedMetricNeedsNoSelector()
    {
        ParameterArray<double> thresholds = [0.3, 0.7];
        var labels = new double[] { 1, 0, 1, 1, 0 };
        var scores = new[] { 0.9, 0.5, 0.4, 0.8, 0.2 };
        var wrapper = Classwise.Of(new PrecisionAtThresholds(thresholds), ["at 0.3", "at 0.7"]);
        wrapper.Update(new MetricBatch(labels, scores));

        var expected = new PrecisionAtThresholds(thresholds).Update(new MetricBatch(labels, scores)).Compute();
        Assert.Equal(expected[0], wrapper.Compute()["at 0.3"]);
        Assert.Equal(expected[1], wrapper.Compute()["at 0.7"]);
    }

    [Fact]
    public void MergeAddsTheStates()
    {
        var (labels, predictions) = WrapperData.Classes(80, 3, seed: 4);
        var whole = Classwise.Of(new MulticlassRecall(3), Animals, static m => m.PerClass()).Update(new MetricBatch(labels, predictions));
        var first = Classwise.Of(new MulticlassRecall(3), Animals, static m => m.PerClass()).Update(new MetricBatch(labels.AsSpan(0, 30), predictions.AsSpan(0, 30)));
        var second = Classwise.Of(new MulticlassRecall(3), Animals, static m => m.PerClass()).Update(new MetricBatch(labels.AsSpan(30), predictions.AsSpan(30)));

        Assert.Equal(whole.Compute(), first.Merge(second).Compute());
        var renamed = Classwise.Of(new MulticlassRecall(3), ["a", "b", "c"], static m => m.PerClass());
        Assert.Throws<ArgumentException>(() => first.Merge(renamed));
    }

    [Fact]
    public void BadClassNamesAreNamed()
    {
        Assert.Contains("classNames[2] = 'cat'", Assert.Throws<ArgumentException>(() =>
            Classwise.Of(new MulticlassRecall(3), ["cat", "dog", "cat"], static m => m.PerClass())).Message, StringComparison.Ordinal);
        Assert.Contains("classNames[1] is empty", Assert.Throws<ArgumentException>(() =>
            Classwise.Of(new MulticlassRecall(3), ["cat", "", "x"], static m => m.PerClass())).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Classwise.Of(new MulticlassRecall(3), [], static m => m.PerClass()));

        var tooFew = Classwise.Of(new MulticlassRecall(3), ["cat", "dog"], static m => m.PerClass());
        var error = Assert.Throws<InvalidOperationException>(() => tooFew.Compute());
        Assert.Contains("3 per-class values for 2 class names", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UpdateAllocatesNothing()
    {
        var (labels, predictions) = WrapperData.Classes(400, 3, seed: 9);
        var wrapper = Classwise.Of(new MulticlassRecall(3), Animals, static m => m.PerClass());

        AllocationProbe.AssertNoAllocation(() => wrapper.Update(new MetricBatch(labels, predictions)));
    }
}
