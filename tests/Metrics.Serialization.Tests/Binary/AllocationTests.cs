using System;
using System.Buffers;
using Xunit;

namespace Metrics.Serialization.Tests.Binary;

/// <summary>Writing and reading a state without arrays or buffers allocates nothing (bytes counted, not time).</summary>
public sealed class AllocationTests
{
    /// <summary>Fixed-size states: MSE, Welford, BinaryCounts with a threshold.</summary>
    [Fact]
    public void FixedSizeStatesAllocateNothing()
    {
        Check(new MeanSquaredError().Update([1.0, 2, 3], [1.5, 2, 2]));
        Check(new Welford().Update([1.0, 2, 3.5]));
        Check(new BinaryCounts { Threshold = 0.3 }.Update(new[] { 0, 1, 1 }, new[] { 0.2, 0.9, 0.1 }));
    }

    private static void Check<TMetric>(TMetric metric)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var buffer = new byte[MetricState.GetByteCount(metric)];
        var output = new ArrayBufferWriter<byte>(buffer.Length * 2);
        var target = metric.Empty();
        Run(metric, buffer, output, ref target);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Run(metric, buffer, output, ref target);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(metric, target);
    }

    private static void Run<TMetric>(TMetric metric, byte[] buffer, ArrayBufferWriter<byte> output, ref TMetric target)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        MetricState.Write(metric, buffer.AsSpan());
        output.ResetWrittenCount();
        MetricState.Write(metric, output);
        var read = MetricState.Read<TMetric>(buffer);
        MetricState.ReadInto(output.WrittenSpan, ref target);
        if (!System.Collections.Generic.EqualityComparer<TMetric>.Default.Equals(read, metric))
        {
            throw new InvalidOperationException("the read state differs");
        }
    }
}
