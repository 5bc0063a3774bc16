using System;
using System.Linq;
using System.Reflection;
using Metrics.Serialization.Tests.Binary.Custom;
using Xunit;

namespace Metrics.Serialization.Tests.Binary;

/// <summary>Every built-in and the custom metrics of the tests survive the binary format unchanged.</summary>
public sealed class BinaryRoundTripTests
{
    /// <summary>A built-in fed two batches reads back equal, computes the same and re-writes the same bytes.</summary>
    [Theory]
    [MemberData(nameof(BuiltInCases.Data), MemberType = typeof(BuiltInCases))]
    public void BuiltInRoundTrips(string name) => RoundTrip.Check(BuiltInCases.Get(name).Create());

    /// <summary>A registered metric type missing from <see cref="BuiltInCases"/> fails here.</summary>
    [Fact]
    public void EveryRegisteredBuiltInIsCovered()
    {
        var covered = BuiltInCases.All.Select(c => c.Create().GetType()).ToHashSet();
        var registered = typeof(MetricRegistry).Assembly.GetTypes()
            .Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IMetric<>)))
            .Where(t => MetricRegistry.Contains(MetricName(t)))
            .ToList();
        Assert.True(registered.Count >= 85, $"only {registered.Count} registered built-ins found");
        Assert.Empty(registered.Where(t => !covered.Contains(t)).Select(t => t.Name));
    }

    private static string MetricName(Type metric) =>
        (string)(metric.GetProperty("MetricName", BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? metric.GetInterfaceMap(metric.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IMetric<>)))
                .TargetMethods.Single(m => m.Name.EndsWith("get_MetricName", StringComparison.Ordinal)).Invoke(null, null))!;

    /// <summary>A user merge (Welford-like moments) round-trips.</summary>
    [Fact]
    public void CustomUserMergeRoundTrips()
    {
        var metric = new RunningMoments().Update([1.5, 2, -3, 10]).Merge(new RunningMoments().Update([4.25, 0.1]));
        RoundTrip.CheckTyped(metric);
    }

    /// <summary>An array sized by a parameter round-trips at that size; its unallocated form writes as zeros.</summary>
    [Fact]
    public void CustomSizedArrayRoundTrips()
    {
        var metric = new BucketCounts { Buckets = 7 }.Update([0.1, 0.5, 0.99, 0.5], [true, true, true, true], [1, 2, 0.5, 1]);
        RoundTrip.CheckTyped(metric);
        var read = MetricState.Read<BucketCounts>(MetricState.ToBytes(metric));
        Assert.Equal(7, read.Buckets);

        var fresh = new BucketCounts { Buckets = 7 };
        var freshBytes = MetricState.ToBytes(fresh);
        var zeros = MetricState.Read<BucketCounts>(freshBytes);
        Assert.Equal(fresh, zeros);
        Assert.Equal(freshBytes, MetricState.ToBytes(zeros));
    }

    /// <summary>A sample buffer round-trips in each storage kind: float scores and byte labels, doubles, weights.</summary>
    [Fact]
    public void CustomSampleBufferRoundTrips()
    {
        RoundTrip.CheckTyped(new KeptScores().Update([1f, 0f, 1f], [0.5f, 0.25f, 0.75f]));
        RoundTrip.CheckTyped(new KeptScores().Update([1.0, 300, 0.5], [0.1, 0.2, 0.3]));
        RoundTrip.CheckTyped(new KeptScores().Update([1.0, 0, 1], [0.1, 0.2, 0.3], [true, true, true], [0.5, 1, 2]));
        var weightedFloats = new KeptScores().Update([1f, 0f, 1f], [0.5f, 0.25f, 0.75f], [true, false, true], [2.0, 1, 1]);
        RoundTrip.CheckTyped(weightedFloats);
        Assert.True(MetricState.Read<KeptScores>(MetricState.ToBytes(weightedFloats)).Samples.IsWeighted);
    }

    /// <summary>A Boolean and a configuration-value parameter (a string and a list in it) round-trip.</summary>
    [Fact]
    public void CustomConfigValueParameterRoundTrips()
    {
        var metric = new CutoffRate { Inclusive = true, Cutoffs = new Cutoffs("tenths", 0.3, 0.7) }.Update([0.2, 0.3, 0.9]);
        RoundTrip.CheckTyped(metric);
        var read = MetricState.Read<CutoffRate>(MetricState.ToBytes(metric));
        Assert.Equal("tenths", read.Cutoffs.Label);
        Assert.True(read.Inclusive);
    }
}
