using System;
using Xunit;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>Measures allocated bytes (never time) of repeated updates.</summary>
internal static class AllocationProbe
{
    /// <summary>
    /// Steady state: after warm-up (tiered JIT, pools), the smallest of three measured rounds of ten calls must be 0 bytes.
    /// </summary>
    public static void AssertNoAllocation(Action update)
    {
        for (var i = 0; i < 100; i++)
        {
            update();
        }

        var smallest = long.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 10; i++)
            {
                update();
            }

            smallest = Math.Min(smallest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.True(smallest == 0, $"{smallest} bytes allocated by 10 updates.");
    }
}
