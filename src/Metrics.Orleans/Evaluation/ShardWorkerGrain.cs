using System.Threading.Tasks;
using Metrics.Data;
using Metrics.Orleans.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Placement;

namespace Metrics.Orleans.Evaluation;

/// <summary>The worker grain: see <see cref="IShardWorkerGrain"/>. It keeps nothing, and deactivates after its call.</summary>
// Random placement spreads a run's shards over the silos, whichever silo hosts the evaluation.
[RandomPlacement]
internal sealed class ShardWorkerGrain(IServiceProvider services) : Grain, IShardWorkerGrain
{
    public async Task<ShardOutcome> EvaluateAsync(string configJson, Shard shard)
    {
        ArgumentNullException.ThrowIfNull(shard);
        DeactivateOnIdle();
        var collection = MetricCollection.FromConfig(CollectionConfig.FromJson(configJson));
        try
        {
            // Reading and packing are CPU and I/O bound: off the grain scheduler, so the silo keeps answering.
            return await Task.Run(() =>
            {
                var rows = Read(shard, collection);
                return new ShardOutcome { PackedState = PackedState.Pack(MetricCollectionState.ToBytes(collection)), Rows = rows };
            }).ConfigureAwait(true);
        }
        catch (DataFileException e)
        {
            return new ShardOutcome { Failure = ShardFailure.BadData(shard, e) };
        }
#pragma warning disable CA1031 // Any other error of the shard's reader fails the evaluation with the shard named, rather than being retried.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return new ShardOutcome { Failure = new ShardFailure(shard.Id, $"{shard.Describe()}: {e.GetType().Name}: {e.Message}") };
        }
    }

    private long Read(Shard shard, MetricCollection collection)
    {
        if (shard.Path is { } path)
        {
            return MetricDataSource.Open(path, shard.Columns!.ToMapping()).Evaluate(collection);
        }

        var source = services.GetKeyedService<IShardSource>(shard.Source)
            ?? throw new InvalidOperationException($"No IShardSource is registered as '{shard.Source}' on this silo (AddKeyedSingleton<IShardSource>(\"{shard.Source}\", ...)).");
        long rows = 0;
        source.Read(shard.Argument, (in MetricBatch batch) =>
        {
            try
            {
                collection.Update(batch);
            }
            catch (ArgumentException e)
            {
                throw new DataFileException(
                    shard.Describe(), rows + 1, null, $"the metrics reject the values of rows {rows + 1}-{rows + batch.Length}: {e.Message}", e);
            }

            rows += batch.Length;
        });
        return rows;
    }
}
