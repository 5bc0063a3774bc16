using System.Globalization;

namespace Metrics;

/// <summary>
/// <see cref="NDCG"/> on scores computed as dot products, as flax-metrics' <c>DotProductNDCG</c>: each query sees the
/// candidates <c>indices[q, :]</c> of the shared <c>keys</c>, scored <c>query[q] · keys[indices[q, s]]</c> with SIMD dot
/// products one query row at a time (no score matrix). Labels are the relevance of the sampled items in the order of
/// <c>indices</c>, so recall, AP and the ideal DCG are taken within each query's sample; duplicates are kept. Mask and
/// weights are per query. The state, merge and value are those of <see cref="NDCG"/>.
/// </summary>
/// <remarks>
/// The DSL has no element shape with a batch-wide shared operand (the keys), so this type is written by hand around the
/// generated <see cref="NDCG"/>; its only loop is <see cref="MetricKernel.DotProductRows{T, TOperator}"/>.
/// </remarks>
public record struct DotProductNDCG : IMetric<DotProductNDCG, double>, IPersistentMetric<DotProductNDCG>
{
    /// <summary>Creates the metric with an empty state, ranking whole rows.</summary>
    public DotProductNDCG()
        : this(int.MaxValue)
    {
    }

    /// <summary>Creates the metric with an empty state.</summary>
    /// <param name="k">The cut-off k (at least 1); <see cref="int.MaxValue"/> ranks the whole row.</param>
    public DotProductNDCG(int k)
    {
        Ranking = new NDCG(k);
    }

    /// <summary>The underlying ranking metric, holding the state and the parameters.</summary>
    public NDCG Ranking { readonly get; private set; }

    /// <summary>The cut-off k.</summary>
    public readonly int K => Ranking.K;

    /// <summary>Creates the metric from parameter values by name (those of <see cref="NDCG"/>), as <see cref="MetricRegistry"/> does.</summary>
    /// <param name="arguments">The parameter values by name, in any spelling.</param>
    /// <exception cref="ArgumentException">An argument is unknown or invalid.</exception>
    public static DotProductNDCG FromArguments(System.Collections.Generic.IReadOnlyDictionary<string, object?> arguments) =>
        new() { Ranking = NDCG.FromArguments(arguments) };

    /// <summary>The metric's display name.</summary>
    public static string MetricName => "DotProductNDCG";

    /// <summary>Accumulates a batch of queries. Updates this metric in place and returns it, for chaining.</summary>
    /// <param name="labels">The relevance of each sampled item, <c>[queries, items]</c> row-major.</param>
    /// <param name="queries">The query embeddings, <c>[queries, features]</c> row-major.</param>
    /// <param name="keys">The candidate embeddings, <c>[candidates, features]</c> row-major, shared by the batch.</param>
    /// <param name="indices">The candidate of each item, <c>[queries, items]</c> row-major, in <c>[0, candidates)</c>.</param>
    /// <param name="features">The embedding size.</param>
    /// <exception cref="ArgumentException">Shapes do not match, rows are ragged or an index is out of range.</exception>
    public DotProductNDCG Update(ReadOnlySpan<float> labels, ReadOnlySpan<float> queries, ReadOnlySpan<float> keys, ReadOnlySpan<int> indices, int features) =>
        UpdateCore(labels, queries, keys, indices, features, default, false, default, false);

    /// <summary>Accumulates a batch of queries. Updates this metric in place and returns it, for chaining.</summary>
    /// <param name="labels">The relevance of each sampled item, <c>[queries, items]</c> row-major.</param>
    /// <param name="queries">The query embeddings, <c>[queries, features]</c> row-major.</param>
    /// <param name="keys">The candidate embeddings, <c>[candidates, features]</c> row-major, shared by the batch.</param>
    /// <param name="indices">The candidate of each item, <c>[queries, items]</c> row-major, in <c>[0, candidates)</c>.</param>
    /// <param name="features">The embedding size.</param>
    /// <param name="mask">Which queries to include.</param>
    /// <param name="weights">Non-negative per-query weights; weight 0 excludes the query.</param>
    /// <exception cref="ArgumentException">Shapes do not match, rows are ragged, an index is out of range or a weight is invalid.</exception>
    public DotProductNDCG Update(ReadOnlySpan<float> labels, ReadOnlySpan<float> queries, ReadOnlySpan<float> keys, ReadOnlySpan<int> indices, int features, ReadOnlySpan<bool> mask, ReadOnlySpan<float> weights) =>
        UpdateCore(labels, queries, keys, indices, features, mask, true, weights, true);

    /// <summary>Accumulates a batch of queries. Updates this metric in place and returns it, for chaining.</summary>
    /// <param name="labels">The relevance of each sampled item, <c>[queries, items]</c> row-major.</param>
    /// <param name="queries">The query embeddings, <c>[queries, features]</c> row-major.</param>
    /// <param name="keys">The candidate embeddings, <c>[candidates, features]</c> row-major, shared by the batch.</param>
    /// <param name="indices">The candidate of each item, <c>[queries, items]</c> row-major, in <c>[0, candidates)</c>.</param>
    /// <param name="features">The embedding size.</param>
    /// <param name="mask">Which queries to include; <c>Update(x, mask: m)</c> equals <c>Update(x[m])</c>.</param>
    /// <exception cref="ArgumentException">Shapes do not match, rows are ragged or an index of a kept query is out of range.</exception>
    public DotProductNDCG Update(ReadOnlySpan<float> labels, ReadOnlySpan<float> queries, ReadOnlySpan<float> keys, ReadOnlySpan<int> indices, int features, ReadOnlySpan<bool> mask) =>
        UpdateCore(labels, queries, keys, indices, features, mask, true, default, false);

    /// <summary>Accumulates a batch of queries. Updates this metric in place and returns it, for chaining.</summary>
    /// <param name="labels">The relevance of each sampled item, <c>[queries, items]</c> row-major.</param>
    /// <param name="queries">The query embeddings, <c>[queries, features]</c> row-major.</param>
    /// <param name="keys">The candidate embeddings, <c>[candidates, features]</c> row-major, shared by the batch.</param>
    /// <param name="indices">The candidate of each item, <c>[queries, items]</c> row-major, in <c>[0, candidates)</c>.</param>
    /// <param name="features">The embedding size.</param>
    /// <exception cref="ArgumentException">Shapes do not match, rows are ragged or an index is out of range.</exception>
    public DotProductNDCG Update(ReadOnlySpan<double> labels, ReadOnlySpan<double> queries, ReadOnlySpan<double> keys, ReadOnlySpan<int> indices, int features) =>
        UpdateCore(labels, queries, keys, indices, features, default, false, default, false);

    /// <summary>Accumulates a batch of queries. Updates this metric in place and returns it, for chaining.</summary>
    /// <param name="labels">The relevance of each sampled item, <c>[queries, items]</c> row-major.</param>
    /// <param name="queries">The query embeddings, <c>[queries, features]</c> row-major.</param>
    /// <param name="keys">The candidate embeddings, <c>[candidates, features]</c> row-major, shared by the batch.</param>
    /// <param name="indices">The candidate of each item, <c>[queries, items]</c> row-major, in <c>[0, candidates)</c>.</param>
    /// <param name="features">The embedding size.</param>
    /// <param name="mask">Which queries to include.</param>
    /// <param name="weights">Non-negative per-query weights; weight 0 excludes the query.</param>
    /// <exception cref="ArgumentException">Shapes do not match, rows are ragged, an index is out of range or a weight is invalid.</exception>
    public DotProductNDCG Update(ReadOnlySpan<double> labels, ReadOnlySpan<double> queries, ReadOnlySpan<double> keys, ReadOnlySpan<int> indices, int features, ReadOnlySpan<bool> mask, ReadOnlySpan<double> weights) =>
        UpdateCore(labels, queries, keys, indices, features, mask, true, weights, true);

    /// <summary>Accumulates a batch of queries. Updates this metric in place and returns it, for chaining.</summary>
    /// <param name="labels">The relevance of each sampled item, <c>[queries, items]</c> row-major.</param>
    /// <param name="queries">The query embeddings, <c>[queries, features]</c> row-major.</param>
    /// <param name="keys">The candidate embeddings, <c>[candidates, features]</c> row-major, shared by the batch.</param>
    /// <param name="indices">The candidate of each item, <c>[queries, items]</c> row-major, in <c>[0, candidates)</c>.</param>
    /// <param name="features">The embedding size.</param>
    /// <param name="mask">Which queries to include; <c>Update(x, mask: m)</c> equals <c>Update(x[m])</c>.</param>
    /// <exception cref="ArgumentException">Shapes do not match, rows are ragged or an index of a kept query is out of range.</exception>
    public DotProductNDCG Update(ReadOnlySpan<double> labels, ReadOnlySpan<double> queries, ReadOnlySpan<double> keys, ReadOnlySpan<int> indices, int features, ReadOnlySpan<bool> mask) =>
        UpdateCore(labels, queries, keys, indices, features, mask, true, default, false);

    /// <summary>Accumulates a batch of queries. Updates this metric in place and returns it, for chaining.</summary>
    /// <param name="labels">The relevance of each sampled item, <c>[queries, items]</c>.</param>
    /// <param name="queries">The query embeddings, <c>[queries, features]</c>.</param>
    /// <param name="keys">The candidate embeddings, <c>[candidates, features]</c>, shared by the batch.</param>
    /// <param name="indices">The candidate of each item, <c>[queries, items]</c>, in <c>[0, candidates)</c>.</param>
    /// <param name="mask">Which queries to include (null: all).</param>
    /// <param name="weights">Non-negative per-query weights (null: all 1); weight 0 excludes the query.</param>
    /// <exception cref="ArgumentException">Shapes or feature sizes do not match, an index is out of range or a weight is invalid.</exception>
    public DotProductNDCG Update(float[,] labels, float[,] queries, float[,] keys, int[,] indices, bool[]? mask = null, float[]? weights = null)
    {
        var features = DotProductRanking.CheckArrays(labels, queries, keys, indices);
        return UpdateCore(ArrayInput.Flatten(labels), ArrayInput.Flatten(queries), ArrayInput.Flatten(keys), ArrayInput.Flatten(indices), features, mask, mask is not null, weights, weights is not null);
    }

    /// <summary>Accumulates a batch of queries. Updates this metric in place and returns it, for chaining.</summary>
    /// <param name="labels">The relevance of each sampled item, <c>[queries, items]</c>.</param>
    /// <param name="queries">The query embeddings, <c>[queries, features]</c>.</param>
    /// <param name="keys">The candidate embeddings, <c>[candidates, features]</c>, shared by the batch.</param>
    /// <param name="indices">The candidate of each item, <c>[queries, items]</c>, in <c>[0, candidates)</c>.</param>
    /// <param name="mask">Which queries to include (null: all).</param>
    /// <param name="weights">Non-negative per-query weights (null: all 1); weight 0 excludes the query.</param>
    /// <exception cref="ArgumentException">Shapes or feature sizes do not match, an index is out of range or a weight is invalid.</exception>
    public DotProductNDCG Update(double[,] labels, double[,] queries, double[,] keys, int[,] indices, bool[]? mask = null, double[]? weights = null)
    {
        var features = DotProductRanking.CheckArrays(labels, queries, keys, indices);
        return UpdateCore(ArrayInput.Flatten(labels), ArrayInput.Flatten(queries), ArrayInput.Flatten(keys), ArrayInput.Flatten(indices), features, mask, mask is not null, weights, weights is not null);
    }

    /// <summary>The metric's value: that of <see cref="Ranking"/>.</summary>
    public readonly double Compute() => Ranking.Compute();

    /// <summary>Clears the state in place, keeping the parameters, and returns the metric.</summary>
    public DotProductNDCG Reset()
    {
        Ranking = Ranking.Reset();
        return this;
    }

    /// <summary>Returns a metric with the same parameters and an empty state; this one is unchanged.</summary>
    public readonly DotProductNDCG Empty() => this with { Ranking = Ranking.Empty() };

    /// <summary>Returns an independent copy.</summary>
    public readonly DotProductNDCG Copy() => this with { Ranking = Ranking.Copy() };

    /// <summary>Returns the merge of this state and <paramref name="other"/>; neither operand changes.</summary>
    /// <param name="other">The state to merge with; it must have the same parameters.</param>
    /// <exception cref="ArgumentException">The parameters differ.</exception>
    public readonly DotProductNDCG Merge(DotProductNDCG other) => this with { Ranking = Ranking.Merge(other.Ranking) };

    /// <summary>Whether <paramref name="other"/> has the same parameters, so that the two can be merged.</summary>
    /// <param name="other">The metric to compare parameters with.</param>
    public readonly bool HasSameParameters(DotProductNDCG other) => Ranking.HasSameParameters(other.Ranking);

    /// <summary>The wrapped <see cref="NDCG"/>'s parameters and state fields, which readers fingerprint.</summary>
    static string IPersistentMetric<DotProductNDCG>.StateLayout => DotProductPersistence.Layout<NDCG>();

    /// <summary>Creates the metric from a configuration (see <see cref="GetConfig"/>), validating it as the constructor does.</summary>
    /// <param name="config">A configuration naming this metric; parameters it leaves out keep their defaults.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="ArgumentException">The configuration names another metric, or a parameter is unknown, of the wrong type or invalid.</exception>
    public static DotProductNDCG FromConfig(MetricConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return FromArguments(config.ArgumentsFor<DotProductNDCG>());
    }

    /// <summary>The registry name and every parameter value, as JSON-compatible values (Keras' <c>get_config</c>).</summary>
    /// <returns>The configuration.</returns>
    public readonly MetricConfig GetConfig() => MetricConfig.Of(this);

    /// <inheritdoc/>
    static DotProductNDCG IPersistentMetric<DotProductNDCG>.ReadParameters<TReader>(ref TReader reader) =>
        new() { Ranking = DotProductPersistence.ReadParameters<NDCG, TReader>(ref reader) };

    /// <inheritdoc/>
    readonly void IPersistentMetric<DotProductNDCG>.WriteParameters<TWriter>(ref TWriter writer) => DotProductPersistence.WriteParameters(Ranking, ref writer);

    /// <inheritdoc/>
    readonly void IPersistentMetric<DotProductNDCG>.WriteState<TWriter>(ref TWriter writer) => DotProductPersistence.WriteState(Ranking, ref writer);

    /// <inheritdoc/>
    void IPersistentMetric<DotProductNDCG>.ReadState<TReader>(ref TReader reader) => Ranking = DotProductPersistence.ReadState(Ranking, ref reader);

    /// <summary>The metric's value and its state, formatted with the invariant culture.</summary>
    public override readonly string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{MetricName}(value: {Compute()}; {Ranking})");

    private DotProductNDCG UpdateCore(ReadOnlySpan<float> labels, ReadOnlySpan<float> queries, ReadOnlySpan<float> keys, ReadOnlySpan<int> indices, int features, ReadOnlySpan<bool> mask, bool hasMask, ReadOnlySpan<float> weights, bool hasWeights)
    {
        Ranking = DotProductRanking.Update(Ranking, labels, queries, keys, indices, features, mask, hasMask, weights, hasWeights);
        return this;
    }

    private DotProductNDCG UpdateCore(ReadOnlySpan<double> labels, ReadOnlySpan<double> queries, ReadOnlySpan<double> keys, ReadOnlySpan<int> indices, int features, ReadOnlySpan<bool> mask, bool hasMask, ReadOnlySpan<double> weights, bool hasWeights)
    {
        Ranking = DotProductRanking.Update(Ranking, labels, queries, keys, indices, features, mask, hasMask, weights, hasWeights);
        return this;
    }
}
