using System.Buffers;

namespace Metrics.Kernels;

public static partial class MetricKernel
{
    /// <summary>
    /// Accumulates every kept query of a dot-product ranking batch: the query's score row
    /// <c>scores[s] = query · keys[indices[s]]</c> is computed with SIMD dot products into one pooled row (never a
    /// score matrix), then handed to the operator with the query's label row.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <typeparam name="TOperator">The ranking metric's row-pair operator.</typeparam>
    /// <param name="op">The operator, carrying the state.</param>
    /// <param name="labels">The label rows <c>[queries, items]</c>, row-major.</param>
    /// <param name="queries">The query embeddings <c>[queries, features]</c>, row-major.</param>
    /// <param name="keys">The candidate embeddings <c>[candidates, features]</c>, shared by the batch.</param>
    /// <param name="indices">The candidate of each item, <c>[queries, items]</c>, validated to lie in range for kept queries.</param>
    /// <param name="features">The embedding size (at least 1).</param>
    /// <param name="mask">Per-query mask, or empty for none.</param>
    /// <param name="weights">Per-query weights, or empty for none; queries of weight 0 are skipped.</param>
    public static void DotProductRows<T, TOperator>(
        ref TOperator op, ReadOnlySpan<T> labels, ReadOnlySpan<T> queries, ReadOnlySpan<T> keys,
        ReadOnlySpan<int> indices, int features, ReadOnlySpan<bool> mask, ReadOnlySpan<T> weights)
        where T : INumber<T>
        where TOperator : struct, IWeightedRowPairOperator<T, T, T>
    {
        var rows = queries.Length / features;
        if (rows == 0)
        {
            return;
        }

        var items = labels.Length / rows;
        var rented = ArrayPool<T>.Shared.Rent(Math.Max(items, 1));
        try
        {
            var scores = rented.AsSpan(0, items);
            var weighted = !weights.IsEmpty;
            for (var row = 0; row < rows; row++)
            {
                if ((weighted && T.IsZero(weights[row])) || (!mask.IsEmpty && !mask[row]))
                {
                    continue;
                }

                var query = queries.Slice(row * features, features);
                var candidates = indices.Slice(row * items, items);
                for (var item = 0; item < items; item++)
                {
                    scores[item] = TensorPrimitives.Dot(query, keys.Slice(candidates[item] * features, features));
                }

                var labelRow = labels.Slice(row * items, items);
                if (weighted)
                {
                    op.Add(labelRow, scores, weights[row]);
                }
                else
                {
                    op.Add(labelRow, scores);
                }
            }
        }
        finally
        {
            ArrayPool<T>.Shared.Return(rented);
        }
    }
}
