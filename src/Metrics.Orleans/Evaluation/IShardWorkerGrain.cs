using System.Threading.Tasks;

namespace Metrics.Orleans.Evaluation;

/// <summary>Evaluates one shard: reads its rows and returns the collection state. Keyed per attempt at a shard.</summary>
[Alias("Metrics.Orleans.IShardWorkerGrain")]
internal interface IShardWorkerGrain : IGrainWithStringKey
{
    /// <summary>Evaluates the collection configured by <paramref name="configJson"/> over the shard's rows.</summary>
    /// <param name="configJson">The collection configuration, as JSON.</param>
    /// <param name="shard">The shard.</param>
    /// <returns>The packed state, or the failure when the shard's data is bad.</returns>
    [Alias("Evaluate")]
    Task<ShardOutcome> EvaluateAsync(string configJson, Shard shard);
}
