using System;

namespace Metrics.Serialization.Tests.Binary.Custom;

/// <summary>A custom histogram whose array state is sized by a parameter.</summary>
[Metric]
public partial record struct BucketCounts
{
    /// <summary>The number of equal buckets over [0, 1].</summary>
    [Parameter(Min = 1)] public int Buckets { get; init; } = 4;

    /// <summary>The (weighted) count of each bucket.</summary>
    [Sum, SizedBy(nameof(Buckets))] public SumArray Counts;

    private static BucketCounts Update(double prediction, int buckets) =>
        new() { Counts = SumArray.At(Math.Clamp((int)(prediction * buckets), 0, buckets - 1)) };

    /// <summary>The counts.</summary>
    public readonly double[] Compute()
    {
        var result = new double[Buckets];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Counts[i];
        }

        return result;
    }
}
