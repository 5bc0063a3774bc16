using System.Threading.Tasks;
using Orleans;

namespace Metrics.Orleans.Tests;

/// <summary>A test grain that receives and returns metrics and collections, so they cross the wire both ways.</summary>
[Alias("Metrics.Orleans.Tests.IEchoGrain")]
public interface IEchoGrain : IGrainWithIntegerKey
{
    /// <summary>Merges two user metrics.</summary>
    /// <param name="first">The first.</param>
    /// <param name="second">The second.</param>
    /// <returns>The merged metric.</returns>
    [Alias("Merge")]
    Task<ShiftedMean> MergeAsync(ShiftedMean first, ShiftedMean second);

    /// <summary>Returns the collection it received.</summary>
    /// <param name="collection">The collection.</param>
    /// <returns>The same collection, after two trips.</returns>
    [Alias("Echo")]
    Task<MetricCollection> EchoAsync(MetricCollection collection);
}

/// <summary>The echo grain.</summary>
public sealed class EchoGrain : Grain, IEchoGrain
{
    /// <inheritdoc/>
    public Task<ShiftedMean> MergeAsync(ShiftedMean first, ShiftedMean second) => Task.FromResult(first.Merge(second));

    /// <inheritdoc/>
    public Task<MetricCollection> EchoAsync(MetricCollection collection) => Task.FromResult(collection);
}
