using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Linq;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>
/// Names what an update allocates: the runtime's GC AllocationTick events (one per ~100 KB allocated, with the type
/// of the object that crossed the mark) while the update runs many times on this thread (other threads' allocations are left out on Linux). Used when an allocation probe fails, so
/// that a failure seen only in whole-suite runs says which type it allocated.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly ConcurrentDictionary<string, int> _types = new(StringComparer.Ordinal);

    // A field initializer runs before EventListener's constructor, which may already deliver events.
    private readonly long _thread = OperatingSystem.IsLinux() ? LinuxThreadId() : 0;

    private volatile bool _sampling;

    /// <summary>Runs <paramref name="update"/> until the sampled events name its allocations or the time is up.</summary>
    public static string Describe(Action update, TimeSpan budget)
    {
        var sampler = new AllocationSampler();
        sampler._sampling = true;
        var clock = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        long calls = 0;
        while (clock.Elapsed < budget && (calls < 1000 || sampler._types.Values.Sum() < 20))
        {
            update();
            calls++;
        }

        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        sampler._sampling = false;
        sampler.Dispose();
        var types = sampler._types.ToArray().OrderByDescending(pair => pair.Value).Select(pair => $"{pair.Key} ×{pair.Value}");
        return $"{calls} more calls allocated {bytes} bytes ({(calls == 0 ? 0 : bytes / calls)} a call); sampled types: {string.Join(", ", types)}";
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "gettid")]
    private static extern int LinuxThreadId();

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) ?? true)
        {
            return;
        }

        if (!_sampling || (_thread != 0 && eventData.OSThreadId != _thread))
        {
            return;
        }

        var index = eventData.PayloadNames?.IndexOf("TypeName") ?? -1;
        var type = index >= 0 ? eventData.Payload?[index] as string ?? "?" : "?";
        _types.AddOrUpdate(type, 1, (_, count) => count + 1);
    }
}
