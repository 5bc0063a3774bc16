using System;

namespace Metrics.Data.Tests;

[CollectionDefinition(nameof(MemoryTests), DisableParallelization = true)]
public sealed class MemoryMeasurements
{
}

/// <summary>
/// Reading ten times more rows into metrics of fixed-size state costs no more memory: the chunk buffers are reused.
/// CSV and data frames are measured by the bytes this thread allocates (the readers allocate nothing per row);
/// Parquet and Arrow by the live heap during the read (their libraries allocate each row group or batch anew, and
/// none may be kept).
/// </summary>
[Collection(nameof(MemoryTests))]
public sealed class MemoryTests
{
    private const int Rows = 20_000;
    private static readonly string[] FixedSize = ["binary_accuracy", "precision", "recall", "f1_score", "mse", "auc"];
    private static readonly ColumnMapping Mapping = new("y", "p") { Mask = "m", Weights = "w" };

    [Theory]
    [InlineData("csv")]
    [InlineData("dataframe")]
    public void Allocations_do_not_grow_with_rows(string format)
    {
        var small = SampleFiles.Source(format, new Sample(Rows), Mapping, chunkRows: 4096);
        var large = SampleFiles.Source(format, new Sample(10 * Rows), Mapping, chunkRows: 4096);
        // Both warmed up: the large read's extra calls cross tiered-JIT thresholds the small one does not, a one-time cost.
        Allocated(small);
        Allocated(large);
        var smallBytes = Allocated(small);
        var largeBytes = Allocated(large);
        Assert.True(
            largeBytes - smallBytes < 1024,
            $"{format}: {smallBytes} bytes for {Rows} rows, {largeBytes} for {10 * Rows}");
    }

    [Fact]
    public void Grouped_evaluation_allocations_do_not_grow_with_rows()
    {
        var mapping = Mapping with { Group = "g" };
        var small = SampleFiles.Source("csv", new Sample(Rows), mapping, chunkRows: 4096);
        var large = SampleFiles.Source("csv", new Sample(10 * Rows), mapping, chunkRows: 4096);
        long Grouped(MetricDataSource source)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            source.EvaluateByGroup(new MetricCollection(FixedSize));
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Grouped(small);
        var smallBytes = Grouped(small);
        var largeBytes = Grouped(large);
        Assert.True(largeBytes - smallBytes < 1024, $"{smallBytes} bytes for {Rows} rows, {largeBytes} for {10 * Rows}");
    }

    [Theory]
    [InlineData("parquet")]
    [InlineData("arrow")]
    [InlineData("arrows")]
    public void Live_memory_does_not_grow_with_rows(string format)
    {
        var small = SampleFiles.Source(format, new Sample(Rows), Mapping, chunkRows: 4096, partRows: Rows / 4);
        var large = SampleFiles.Source(format, new Sample(10 * Rows), Mapping, chunkRows: 4096, partRows: Rows / 4);
        PeakLive(small);
        var smallPeak = PeakLive(small);
        var largePeak = PeakLive(large);

        // Keeping the large file's decoded columns would take at least 10 * 20,000 rows * 4 mapped columns * 8 bytes = 6.4 MB.
        Assert.True(largePeak - smallPeak < 2 * 1024 * 1024, $"{format}: peak {smallPeak} bytes for {Rows} rows, {largePeak} for {10 * Rows}");
    }

    private static long Allocated(MetricDataSource source)
    {
        var collection = new MetricCollection(FixedSize);
        var before = GC.GetAllocatedBytesForCurrentThread();
        source.Evaluate(collection);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static long PeakLive(MetricDataSource source)
    {
        var collection = new MetricCollection(FixedSize);
        long peak = 0;
        long chunks = 0;
        source.ReadChunks((in DataChunk chunk) =>
        {
            collection.Update(chunk.ToBatch());
            if (chunks++ % 3 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
            }
        });
        return peak;
    }
}
