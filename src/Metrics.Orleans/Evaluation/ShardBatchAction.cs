namespace Metrics.Orleans.Evaluation;

/// <summary>Receives a batch of a shard's rows from an <see cref="IShardSource"/>.</summary>
/// <param name="batch">The batch; its spans are needed only during the call.</param>
public delegate void ShardBatchAction(in MetricBatch batch);
