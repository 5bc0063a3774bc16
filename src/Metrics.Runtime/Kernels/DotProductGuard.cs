using System.Globalization;

namespace Metrics.Kernels;

/// <summary>Argument checks of dot-product ranking batches, before any query is accumulated.</summary>
public static class DotProductGuard
{
    /// <summary>
    /// Checks a batch: a positive feature size dividing the query and key lengths, label and index rows of equal
    /// whole length per query, mask and weights per query, finite non-negative weights, and every index of a kept query
    /// inside <c>[0, candidates)</c>. Returns the number of queries.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="labelsLength">The number of label elements.</param>
    /// <param name="queriesLength">The number of query elements.</param>
    /// <param name="keysLength">The number of key elements.</param>
    /// <param name="indices">The candidate indices.</param>
    /// <param name="features">The embedding size.</param>
    /// <param name="mask">The per-query mask.</param>
    /// <param name="hasMask">Whether a mask was given.</param>
    /// <param name="weights">The per-query weights.</param>
    /// <param name="hasWeights">Whether weights were given.</param>
    public static int Batch<T>(
        int labelsLength, int queriesLength, int keysLength, ReadOnlySpan<int> indices, int features,
        ReadOnlySpan<bool> mask, bool hasMask, ReadOnlySpan<T> weights, bool hasWeights)
        where T : INumberBase<T>
    {
        if (features <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(features), features, "The embedding size must be positive.");
        }

        if (queriesLength % features != 0)
        {
            throw new ArgumentException(
                Format($"'queries' has {queriesLength} elements, which is not a whole number of embeddings of {features} features."),
                "queries");
        }

        if (keysLength % features != 0)
        {
            throw new ArgumentException(
                Format($"'keys' has {keysLength} elements, which is not a whole number of embeddings of {features} features: query and key feature sizes differ."),
                "keys");
        }

        MetricGuard.Length(labelsLength, "labels", indices.Length, "indices");
        var rows = queriesLength / features;
        if (rows > 0 && labelsLength == 0)
        {
            throw new ArgumentException(
                Format($"'labels' is empty but there are {rows} queries: every query needs at least one item."), "labels");
        }

        if (rows == 0 ? labelsLength != 0 : labelsLength % rows != 0)
        {
            throw new ArgumentException(
                Format($"'labels' has {labelsLength} elements, which is not {rows} equal rows (one per query): ragged rows are not supported."),
                "labels");
        }

        if (hasMask)
        {
            MetricGuard.Length(rows, "queries", mask.Length, "mask");
        }

        if (hasWeights)
        {
            MetricGuard.Length(rows, "queries", weights.Length, "weights");
            MetricGuard.Weights(weights, "weights");
        }

        var candidates = keysLength / features;
        var items = rows == 0 ? 0 : labelsLength / rows;
        for (var i = 0; i < indices.Length; i++)
        {
            if ((uint)indices[i] >= (uint)candidates && (!hasMask || mask[i / items]))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(indices), indices[i], Format($"indices[{i}] = {indices[i]} is outside [0, {candidates}) (the rows of 'keys')."));
            }
        }

        return rows;
    }

    /// <summary>Checks that 2-D query and key embeddings have the same feature size; returns it.</summary>
    /// <param name="queryFeatures">The query row length.</param>
    /// <param name="keyFeatures">The key row length.</param>
    public static int Features(int queryFeatures, int keyFeatures)
    {
        if (queryFeatures != keyFeatures)
        {
            throw new ArgumentException(
                Format($"'queries' have {queryFeatures} features but 'keys' have {keyFeatures}: query and key feature sizes differ."),
                "keys");
        }

        return queryFeatures;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
