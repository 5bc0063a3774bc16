using System;
using Xunit;

namespace Metrics.Runtime.Tests;

// These tests build the state MET033 rejects at compile time (with on a sizing parameter after an update), to check the runtime guard.
#pragma warning disable MET033

/// <summary>
/// <c>with</c> can give a metric a sizing parameter (one its state array is <c>[SizedBy]</c>) that no longer matches
/// the array it holds: <c>new ConfusionMatrix(3).Update([2], [2]) with { NumClasses = 2 }</c> read 4 of 9 cells (zeros),
/// and with 4 it indexed past the end. Update, Merge and Compute through the metric interface reject such a state with
/// an <see cref="InvalidOperationException"/> naming the parameter, the array and both sizes, and change nothing.
/// </summary>
public sealed class SizingParameterChangeTests
{
    [Theory]
    [InlineData(2, "4")]
    [InlineData(4, "16")]
    public void UpdateOfAStateWhoseArrayNoLongerMatchesThrows(int numClasses, string required)
    {
        var changed = new ConfusionMatrix(3).Update(new[] { 2 }, new[] { 2 }) with { NumClasses = numClasses };
        var before = changed.Copy();
        var exception = Assert.Throws<InvalidOperationException>(() => changed.Update(new[] { 0 }, new[] { 0 }));
        AssertNames(exception, required);
        Assert.Equal(before.Counts, changed.Counts);
    }

    [Theory]
    [InlineData(2, "4")]
    [InlineData(4, "16")]
    public void MergeOfAStateWhoseArrayNoLongerMatchesThrows(int numClasses, string required)
    {
        var changed = new ConfusionMatrix(3).Update(new[] { 2 }, new[] { 2 }) with { NumClasses = numClasses };
        var fresh = new ConfusionMatrix(numClasses).Update(new[] { 0 }, new[] { 0 });
        AssertNames(Assert.Throws<InvalidOperationException>(() => changed.Merge(fresh)), required);
        AssertNames(Assert.Throws<InvalidOperationException>(() => fresh.Merge(changed)), required);
    }

    [Theory]
    [InlineData(2, "4")]
    [InlineData(4, "16")]
    public void ComputeThroughTheMetricInterfaceThrows(int numClasses, string required)
    {
        var changed = new ConfusionMatrix(3).Update(new[] { 2 }, new[] { 2 }) with { NumClasses = numClasses };
        AssertNames(Assert.Throws<InvalidOperationException>(() => ComputeGeneric<ConfusionMatrix, double[,]>(changed)), required);
    }

    [Fact]
    public void ChangingASizingParameterOfAnEmptyStateIsFine()
    {
        var changed = new ConfusionMatrix(3) with { NumClasses = 2 };
        Assert.Equal(1.0, changed.Update(new[] { 1 }, new[] { 1 }).Compute()[1, 1]);
    }

    private static void AssertNames(InvalidOperationException exception, string required)
    {
        foreach (var fragment in new[] { "ConfusionMatrix", "NumClasses", "Counts", "9 cells", required + " cells" })
        {
            Assert.Contains(fragment, exception.Message, StringComparison.Ordinal);
        }
    }

    private static TResult ComputeGeneric<TMetric, TResult>(TMetric metric)
        where TMetric : struct, IMetric<TMetric, TResult> => metric.Compute();
}
