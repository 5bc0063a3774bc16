using System;
using System.Linq;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The growing state of the exact metrics at the ends of its range (issue 12 §6): a masked batch reserves only what it
/// keeps, and samples that cannot fit in one array are refused with a clear error before the state changes.
/// </summary>
public sealed class SampleCapacityTests
{
    [Fact]
    public void AnAllMaskedBatchReservesNothing()
    {
        const int n = 1_000_000;
        var labels = new int[n];
        var scores = new float[n];
        var mask = new bool[n];
        var metric = new ExactAuc().Update([0, 1], [0.25f, 0.75f]);
        metric.Update(labels.AsSpan(0, 10), scores.AsSpan(0, 10), mask.AsSpan(0, 10));

        var before = GC.GetAllocatedBytesForCurrentThread();
        metric.Update(labels, scores, mask);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Reserving the whole batch took 5 bytes a sample (a float and a byte label): 5 MB here.
        Assert.True(allocated < 64 * 1024, $"{allocated} bytes allocated by an all-masked batch of {n}.");
        Assert.Equal(2, metric.Samples.Count);
        Assert.Equal(1.0, metric.Compute());
    }

    [Fact]
    public void APartlyMaskedBatchKeepsExactlyItsKeptSamples()
    {
        var mask = new bool[1000];
        mask[10] = mask[500] = true;
        var labels = new int[1000];
        labels[500] = 1;
        var scores = Enumerable.Range(0, 1000).Select(i => i / 1000f).ToArray();
        var metric = new ExactAuc().Update(labels, scores, mask);
        Assert.Equal(2, metric.Samples.Count);
        Assert.Equal(1.0, metric.Compute());
    }

    [Fact]
    public void MoreSamplesThanOneArrayHoldsAreRefusedBeforeAnythingChanges()
    {
        var buffer = new ExactAuc().Update([0, 1, 1], [0.1, 0.7, 0.9]).Samples;
        var snapshot = buffer.Copy();

        var error = Assert.Throws<InvalidOperationException>(() => buffer.Reserve(int.MaxValue - 1));
        Assert.Contains(SampleBuffer.MaxCount(1).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.Contains("Array.MaxLength", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, buffer.Count);
        Assert.Equal(snapshot, buffer);
        Assert.Equal(Array.MaxLength, SampleBuffer.MaxCount(1));
        Assert.Equal(Array.MaxLength / 7, SampleBuffer.MaxCount(7));
    }
}
