namespace Metrics.Orleans.Evaluation;

/// <summary>
/// Rows of a shard that are not a file: a database query, a feature store, a generator. Register an implementation
/// on every silo as a keyed singleton (<c>services.AddKeyedSingleton&lt;IShardSource, MySource&gt;("name")</c>) and
/// name it in <see cref="Shard.FromSource"/>. A worker calls <see cref="Read"/> once per attempt at a shard, so the
/// rows must be the same each time.
/// </summary>
public interface IShardSource
{
    /// <summary>Calls <paramref name="action"/> with each batch of the shard's rows, in order.</summary>
    /// <param name="argument">The shard's <see cref="Shard.Argument"/>.</param>
    /// <param name="action">The callback; the batch's spans are needed only during the call.</param>
    /// <returns>The number of rows read.</returns>
    /// <exception cref="Metrics.Data.DataFileException">A row is bad: name the row, so the evaluation's failure does.</exception>
    long Read(string? argument, ShardBatchAction action);
}
