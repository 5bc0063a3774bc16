namespace Metrics;

/// <summary>
/// Marks a derived metric's <c>[Statistics]</c> field as fed through a batch-wide operand, as flax-metrics' dot-product
/// ranking metrics: a batch is one query embedding per row (<c>queries</c>, <c>[queries, features]</c>), a key matrix
/// shared by the whole batch (<c>keys</c>, <c>[candidates, features]</c>) and, per row, the candidates it ranks
/// (<c>indices</c>, <c>[queries, items]</c>, into the rows of <c>keys</c>) with their labels. Row <c>q</c> is scored
/// <c>queries[q] · keys[indices[q, s]]</c> and handed, with its label row, mask and weight, to the statistics metric, a
/// row metric implementing <see cref="IScoredRowsMetric{TSelf}"/>. The derived metric declares only parameters, this
/// field (<c>[Statistics, SharedKeys] public NDCG Ranking;</c>) and <c>Compute</c>; the generator emits the batch
/// overloads (spans with the embedding size, 2-D arrays, tensors; mask and weights per query), <c>Merge</c>,
/// <c>Reset</c> and persistence (the statistics' parameters and state, as the statistics metric stores them).
/// </summary>
/// <remarks>
/// Such a metric is not fed a <see cref="MetricBatch"/> (labels and predictions only), so it does not implement
/// <see cref="IRegistrableMetric{TSelf}"/>: register it with <c>MetricRegistry.Register(T.FromArguments, inputs)</c> and
/// create it by name with <c>MetricRegistry.Create&lt;T&gt;</c>. Nor does it share its statistics in a collection: its
/// statistics are not updated from the rows a collection's batch carries.
/// </remarks>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class SharedKeysAttribute : Attribute
{
}
