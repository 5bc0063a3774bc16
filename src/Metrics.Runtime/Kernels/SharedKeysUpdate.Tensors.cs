namespace Metrics.Kernels;

public static partial class SharedKeysUpdate
{
    /// <summary>Accumulates a batch of tensors into <paramref name="rows"/>; the embedding size is the last dimension of the queries and keys.</summary>
    /// <typeparam name="TRows">The row metric holding the state.</typeparam>
    /// <param name="rows">The row metric.</param>
    /// <param name="labels">The relevance of each sampled item, <c>[queries, items]</c>.</param>
    /// <param name="queries">The query embeddings, <c>[queries, features]</c>.</param>
    /// <param name="keys">The candidate embeddings, <c>[candidates, features]</c>, shared by the batch.</param>
    /// <param name="indices">The candidate of each item, <c>[queries, items]</c>, in <c>[0, candidates)</c>.</param>
    /// <param name="mask">Which queries to include, <c>[queries]</c> (null: all).</param>
    /// <param name="weights">Non-negative per-query weights, <c>[queries]</c> (null: all 1).</param>
    /// <returns>The updated row metric.</returns>
    /// <exception cref="ArgumentException">A tensor is not 2-D (mask and weights: 1-D), shapes or feature sizes do not match, an index is out of range or a weight is invalid.</exception>
    public static TRows Update<TRows>(TRows rows, Tensor<float> labels, Tensor<float> queries, Tensor<float> keys, Tensor<int> indices, Tensor<bool>? mask, Tensor<float>? weights)
        where TRows : struct, IScoredRowsMetric<TRows>
    {
        var features = Features(labels, queries, keys, indices, mask, weights);
        using var l = TensorInput.Flatten<float>(labels);
        using var q = TensorInput.Flatten<float>(queries);
        using var k = TensorInput.Flatten<float>(keys);
        using var i = TensorInput.Flatten<int>(indices);
        using var m = mask is null ? default : TensorInput.Flatten<bool>(mask);
        using var w = weights is null ? default : TensorInput.Flatten<float>(weights);
        return Update(rows, l.Span, q.Span, k.Span, i.Span, features, m.Span, mask is not null, w.Span, weights is not null);
    }

    /// <inheritdoc cref="Update{TRows}(TRows, Tensor{float}, Tensor{float}, Tensor{float}, Tensor{int}, Tensor{bool}, Tensor{float})"/>
    public static TRows Update<TRows>(TRows rows, Tensor<double> labels, Tensor<double> queries, Tensor<double> keys, Tensor<int> indices, Tensor<bool>? mask, Tensor<double>? weights)
        where TRows : struct, IScoredRowsMetric<TRows>
    {
        var features = Features(labels, queries, keys, indices, mask, weights);
        using var l = TensorInput.Flatten<double>(labels);
        using var q = TensorInput.Flatten<double>(queries);
        using var k = TensorInput.Flatten<double>(keys);
        using var i = TensorInput.Flatten<int>(indices);
        using var m = mask is null ? default : TensorInput.Flatten<bool>(mask);
        using var w = weights is null ? default : TensorInput.Flatten<double>(weights);
        return Update(rows, l.Span, q.Span, k.Span, i.Span, features, m.Span, mask is not null, w.Span, weights is not null);
    }

    // The embedding size of tensor inputs, after checking their ranks and that the rows of labels, queries and indices agree.
    private static int Features<T>(Tensor<T> labels, Tensor<T> queries, Tensor<T> keys, Tensor<int> indices, Tensor<bool>? mask, Tensor<T>? weights)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(indices);
        Rank(labels.Rank, 2, "labels");
        Rank(queries.Rank, 2, "queries");
        Rank(keys.Rank, 2, "keys");
        Rank(indices.Rank, 2, "indices");
        Rank(mask?.Rank ?? 1, 1, "mask");
        Rank(weights?.Rank ?? 1, 1, "weights");
        MetricGuard.Length(checked((int)labels.Lengths[0]), "labels rows", checked((int)queries.Lengths[0]), "queries rows");
        MetricGuard.Length(checked((int)labels.Lengths[1]), "labels columns", checked((int)indices.Lengths[1]), "indices columns");
        return DotProductGuard.Features(checked((int)queries.Lengths[1]), checked((int)keys.Lengths[1]));
    }

    private static void Rank(int rank, int expected, string name)
    {
        if (rank != expected)
        {
            throw new ArgumentException(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'{name}' has rank {rank} but must have rank {expected}."), name);
        }
    }
}
