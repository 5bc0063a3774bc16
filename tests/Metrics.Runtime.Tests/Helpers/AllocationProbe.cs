using System;
using Xunit;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>
/// The test classes that measure allocations run alone, so that other tests' allocations and collections do not run
/// between a probe's updates. (The flaky probes of whole-suite runs were a real allocation after collections, found
/// with <see cref="AllocationSampler"/>: see <c>CollectedCachesAllocationTests</c>.)
/// </summary>
[CollectionDefinition(nameof(AllocationProbe), DisableParallelization = true)]
public sealed class AllocationProbeTests
{
}

/// <summary>Measures allocated bytes (never time) of repeated updates.</summary>
internal static class AllocationProbe
{
    /// <summary>
    /// Steady state: after warm-up (tiered JIT, pools), some measured round of ten calls must allocate 0 bytes. Tier-1
    /// code (which can keep a small temporary on the stack where tier 0 allocates it) is compiled in the background
    /// after a quiet period, so on a loaded machine it may arrive only after the first rounds: the probe pauses between
    /// rounds to let it, and fails only if no round of 40 is free of allocations.
    /// </summary>
    public static void AssertNoAllocation(Action update)
    {
        for (var i = 0; i < 100; i++)
        {
            update();
        }

        var smallest = long.MaxValue;
        for (var round = 0; round < 40 && smallest > 0; round++)
        {
            if (round > 2)
            {
                System.Threading.Thread.Sleep(25);
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 10; i++)
            {
                update();
            }

            smallest = Math.Min(smallest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        if (smallest > 0)
        {
            Assert.Fail($"{smallest} bytes allocated by 10 updates. {AllocationSampler.Describe(update, TimeSpan.FromSeconds(20))}");
        }
    }
}
