using System.Threading.Tasks;
using Orleans;

namespace Metrics.Orleans.Evaluation;

/// <summary>Evaluates one shard: reads its rows and returns the collection state. Keyed per attempt at a shard.</summary>
[Alias("Metrics.Orleans.IShardWorkerGrain")]
public interface IShardWorkerGrain : IGrainWithStringKey
{
    /// <summary>Evaluates the collection configured by <paramref name="configJson"/> over the shard's rows.</summary>
    /// <param name="configJson">The collection configuration, as JSON.</param>
    /// <param name="shard">The shard.</param>
    /// <returns>The state, or the failure when the shard's data is bad.</returns>
    [Alias("Evaluate")]
    Task<ShardResult> EvaluateAsync(string configJson, Shard shard);
}
