using System;

namespace Metrics.Runtime.Tests.BadInput;

/// <summary>
/// One batch of a dot-product ranking metric: per query row, the candidates' labels and indices into <see cref="Keys"/>,
/// the query embedding, and the shared key embeddings of <see cref="Features"/> features; mask and weights per row.
/// </summary>
internal sealed record DotProductBatch(
    double[] Labels, double[] Queries, double[] Keys, int[] Indices, int Features, bool[]? Mask = null, double[]? Weights = null)
{
    /// <summary>The number of query rows (when <see cref="Features"/> is positive).</summary>
    public int Rows => Features > 0 ? Queries.Length / Features : 0;

    /// <summary>A valid batch: 2 queries of 2 features, 3 candidates each, among 3 keys.</summary>
    public static DotProductBatch Valid() => new([1, 0, 1, 0, 1, 0], [1, 0, 0, 1], [0.9, 0.1, 0.2, 0.8, 0.5, 0.5], [0, 1, 2, 2, 1, 0], 2);

    /// <summary>A deep copy changed by <paramref name="change"/>.</summary>
    public DotProductBatch With(Func<DotProductBatch, DotProductBatch> change) => change(DeepCopy());

    /// <summary>A deep copy.</summary>
    public DotProductBatch DeepCopy() => new(
        (double[])Labels.Clone(), (double[])Queries.Clone(), (double[])Keys.Clone(), (int[])Indices.Clone(), Features,
        (bool[]?)Mask?.Clone(), (double[]?)Weights?.Clone());
}
