using System;
using System.Diagnostics;
using System.Linq;

namespace Metrics.Benchmarks;

/// <summary>
/// A Stopwatch loop over the large reads of <see cref="SerializationBenchmarks"/> with the collections they cause, for
/// telling the format's own work (checksum, copy) from the cost of allocating the state's arrays under the GC settings
/// of the environment (e.g. <c>DOTNET_GCgen0size</c>, <c>DOTNET_GCLOHThreshold</c>, <c>DOTNET_GCRetainVM</c>).
/// </summary>
internal static class SerializationProbe
{
    public static void Run()
    {
        var bench = new SerializationBenchmarks();
        foreach (var state in new[] { LargeState.ExactAuc1M, LargeState.Confusion1000 })
        {
            bench.State = state;
            bench.Setup();
            Console.WriteLine($"{state}: memcpy {Time(bench.Memcpy)}, Write {Time(bench.Write)}, Read {Time(bench.Read)}, new array {Time(bench.CopyToNewArray)}, new uninitialized array {Time(bench.CopyToUninitializedArray)}");
        }
    }

    /// <summary>The median of 40 calls after 10 warm-ups, and the collections per call.</summary>
    private static string Time(Func<int> call)
    {
        for (var i = 0; i < 10; i++)
        {
            call();
        }

        var (gen0, gen2) = (GC.CollectionCount(0), GC.CollectionCount(2));
        var times = new double[40];
        for (var i = 0; i < times.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            call();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(times);
        return $"{times[times.Length / 2]:F0} µs (gen0 {(GC.CollectionCount(0) - gen0) / (double)times.Length:F2}, gen2 {(GC.CollectionCount(2) - gen2) / (double)times.Length:F2} per call)";
    }
}
