namespace Metrics.Kernels;

/// <summary>
/// The batch updates of metrics with a batch-wide operand (<see cref="SharedKeysAttribute"/>), which their generated
/// overloads call: validate a batch of queries, keys shared by the batch and per-query candidate indices
/// (<see cref="DotProductGuard"/>), then score each kept query's candidates with dot products
/// (<see cref="MetricKernel.DotProductRows{T, TOperator}"/>) and hand the score row, its label row and its weight to the
/// row metric holding the state. Nothing changes unless the whole batch is valid.
/// </summary>
public static partial class SharedKeysUpdate
{
    /// <summary>Accumulates a row-major batch of queries into <paramref name="rows"/>.</summary>
    /// <typeparam name="TRows">The row metric holding the state.</typeparam>
    /// <param name="rows">The row metric.</param>
    /// <param name="labels">The relevance of each sampled item, <c>[queries, items]</c>.</param>
    /// <param name="queries">The query embeddings, <c>[queries, features]</c>.</param>
    /// <param name="keys">The candidate embeddings, <c>[candidates, features]</c>, shared by the batch.</param>
    /// <param name="indices">The candidate of each item, <c>[queries, items]</c>, in <c>[0, candidates)</c>.</param>
    /// <param name="features">The embedding size.</param>
    /// <param name="mask">Which queries to include, when <paramref name="hasMask"/>.</param>
    /// <param name="hasMask">Whether a mask was given.</param>
    /// <param name="weights">One non-negative weight per query, when <paramref name="hasWeights"/>.</param>
    /// <param name="hasWeights">Whether weights were given.</param>
    /// <returns>The updated row metric.</returns>
    /// <exception cref="ArgumentException">Shapes do not match, rows are ragged, an index of a kept query is out of range or a weight is invalid.</exception>
    public static TRows Update<TRows>(
        TRows rows, ReadOnlySpan<float> labels, ReadOnlySpan<float> queries, ReadOnlySpan<float> keys, ReadOnlySpan<int> indices,
        int features, ReadOnlySpan<bool> mask, bool hasMask, ReadOnlySpan<float> weights, bool hasWeights)
        where TRows : struct, IScoredRowsMetric<TRows>
    {
        DotProductGuard.Batch(labels.Length, queries.Length, keys.Length, indices, features, mask, hasMask, weights, hasWeights);
        var sink = new Sink<TRows> { Metric = rows };
        MetricKernel.DotProductRows(ref sink, labels, queries, keys, indices, features, hasMask ? mask : default, hasWeights ? weights : default);
        return sink.Metric;
    }

    /// <inheritdoc cref="Update{TRows}(TRows, ReadOnlySpan{float}, ReadOnlySpan{float}, ReadOnlySpan{float}, ReadOnlySpan{int}, int, ReadOnlySpan{bool}, bool, ReadOnlySpan{float}, bool)"/>
    public static TRows Update<TRows>(
        TRows rows, ReadOnlySpan<double> labels, ReadOnlySpan<double> queries, ReadOnlySpan<double> keys, ReadOnlySpan<int> indices,
        int features, ReadOnlySpan<bool> mask, bool hasMask, ReadOnlySpan<double> weights, bool hasWeights)
        where TRows : struct, IScoredRowsMetric<TRows>
    {
        DotProductGuard.Batch(labels.Length, queries.Length, keys.Length, indices, features, mask, hasMask, weights, hasWeights);
        var sink = new Sink<TRows> { Metric = rows };
        MetricKernel.DotProductRows(ref sink, labels, queries, keys, indices, features, hasMask ? mask : default, hasWeights ? weights : default);
        return sink.Metric;
    }

    /// <summary>Accumulates a batch of 2-D arrays into <paramref name="rows"/>; the embedding size is the arrays' row length.</summary>
    /// <typeparam name="TRows">The row metric holding the state.</typeparam>
    /// <param name="rows">The row metric.</param>
    /// <param name="labels">The relevance of each sampled item, <c>[queries, items]</c>.</param>
    /// <param name="queries">The query embeddings, <c>[queries, features]</c>.</param>
    /// <param name="keys">The candidate embeddings, <c>[candidates, features]</c>, shared by the batch.</param>
    /// <param name="indices">The candidate of each item, <c>[queries, items]</c>, in <c>[0, candidates)</c>.</param>
    /// <param name="mask">Which queries to include (null: all).</param>
    /// <param name="weights">Non-negative per-query weights (null: all 1).</param>
    /// <returns>The updated row metric.</returns>
    /// <exception cref="ArgumentException">Shapes or feature sizes do not match, an index is out of range or a weight is invalid.</exception>
    public static TRows Update<TRows>(TRows rows, float[,] labels, float[,] queries, float[,] keys, int[,] indices, bool[]? mask, float[]? weights)
        where TRows : struct, IScoredRowsMetric<TRows>
    {
        var features = Features(labels, queries, keys, indices);
        return Update(rows, ArrayInput.Flatten(labels), ArrayInput.Flatten(queries), ArrayInput.Flatten(keys), ArrayInput.Flatten(indices), features, mask, mask is not null, weights, weights is not null);
    }

    /// <inheritdoc cref="Update{TRows}(TRows, float[,], float[,], float[,], int[,], bool[], float[])"/>
    public static TRows Update<TRows>(TRows rows, double[,] labels, double[,] queries, double[,] keys, int[,] indices, bool[]? mask, double[]? weights)
        where TRows : struct, IScoredRowsMetric<TRows>
    {
        var features = Features(labels, queries, keys, indices);
        return Update(rows, ArrayInput.Flatten(labels), ArrayInput.Flatten(queries), ArrayInput.Flatten(keys), ArrayInput.Flatten(indices), features, mask, mask is not null, weights, weights is not null);
    }

    // The embedding size of 2-D inputs, after checking that the rows of labels, queries and indices agree.
    private static int Features<T>(T[,] labels, T[,] queries, T[,] keys, int[,] indices)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(indices);
        MetricGuard.Length(labels.GetLength(0), "labels rows", queries.GetLength(0), "queries rows");
        MetricGuard.Length(labels.GetLength(1), "labels columns", indices.GetLength(1), "indices columns");
        return DotProductGuard.Features(queries.GetLength(1), keys.GetLength(1));
    }

    // Feeds each scored query to the row metric, through the row overloads every IScoredRowsMetric has.
    private struct Sink<TRows> : IWeightedRowPairOperator<float, float, float>, IWeightedRowPairOperator<double, double, double>
        where TRows : struct, IScoredRowsMetric<TRows>
    {
        public TRows Metric;

        public void Add(ReadOnlySpan<float> labels, ReadOnlySpan<float> predictions) =>
            Metric = Metric.Update(labels, predictions, labels.Length);

        public void Add(ReadOnlySpan<float> labels, ReadOnlySpan<float> predictions, float weight) =>
            Metric = Metric.Update(labels, predictions, labels.Length, new ReadOnlySpan<float>(in weight));

        public void Add(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions) =>
            Metric = Metric.Update(labels, predictions, labels.Length);

        public void Add(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, double weight) =>
            Metric = Metric.Update(labels, predictions, labels.Length, new ReadOnlySpan<double>(in weight));
    }
}
