using Metrics;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// <c>default(T)</c> skips the generated constructor (arrays of metrics, uninitialised fields): min/max states must
/// still start from their ±∞ identities instead of 0.
/// </summary>
public sealed class DefaultStateTests
{
    [Fact]
    public void DefaultMinUpdatesFromTheIdentity() =>
        Assert.Equal(5.0, default(Min).Update(new[] { 5.0 }).Compute());

    [Fact]
    public void DefaultMaxUpdatesFromTheIdentity() =>
        Assert.Equal(-3.0, default(Max).Update(new[] { -3.0, -7.0 }).Compute());

    [Fact]
    public void MergingWithADefaultStateKeepsTheExtreme()
    {
        Assert.Equal(5.0, new Min().Update(new[] { 5.0 }).Merge(default).Compute());
        Assert.Equal(5.0, default(Min).Merge(new Min().Update(new[] { 5.0 })).Compute());
        var shards = new Max[2];
        shards[0].Update(new[] { -3.0 });
        shards[1].Update(new[] { -7.0 });
        Assert.Equal(-3.0, shards[0].Merge(shards[1]).Compute());
    }

    [Fact]
    public void DefaultAndEmptyStatesComputeNaN()
    {
        Assert.True(double.IsNaN(default(Min).Compute()));
        Assert.True(double.IsNaN(new Max().Update(System.Array.Empty<double>()).Compute()));
    }
}
