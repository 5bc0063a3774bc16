using System;
using System.Linq;
using System.Numerics.Tensors;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The generated overloads of the <c>[SharedKeys]</c> declarations: every input form (row-major spans with the embedding
/// size, 2-D arrays, tensors; float and double; with and without mask and weights) feeds the same queries, and the saved
/// form is the wrapped ranking metric's (same layout fingerprint, parameters and state), so states saved before the
/// declarations were generated still read.
/// </summary>
public sealed class DotProductShapeTests
{
    private const int Queries = 9, Items = 5, Features = 3, Candidates = 7;

    private static (double[] Labels, double[] Queries, double[] Keys, int[] Indices, bool[] Mask, double[] Weights) Batch(int seed)
    {
        var rng = new Random(seed);
        return (
            Enumerable.Range(0, Queries * Items).Select(_ => (double)rng.Next(0, 3)).ToArray(),
            Enumerable.Range(0, Queries * Features).Select(_ => (double)rng.Next(-3, 4)).ToArray(),
            Enumerable.Range(0, Candidates * Features).Select(_ => (double)rng.Next(-3, 4)).ToArray(),
            Enumerable.Range(0, Queries * Items).Select(_ => rng.Next(0, Candidates)).ToArray(),
            rng.Mask(Queries, 0.6),
            rng.DyadicWeights(Queries));
    }

    private static T[,] Rows<T>(T[] flat, int columns)
    {
        var rows = new T[flat.Length / columns, columns];
        Buffer.BlockCopy(flat, 0, rows, 0, flat.Length * System.Runtime.InteropServices.Marshal.SizeOf<T>());
        return rows;
    }

    private static float[] F(double[] values) => values.Select(v => (float)v).ToArray();

    [Fact]
    public void EveryInputFormGivesTheSameState()
    {
        var (labels, queries, keys, indices, mask, weights) = Batch(3);
        var spans = new DotProductNDCG(3).Update(labels, queries, keys, indices, Features, mask, weights);
        Assert.True(spans.Ranking.Count > 0, "the batch kept queries");

        var arrays = new DotProductNDCG(3).Update(Rows(labels, Items), Rows(queries, Features), Rows(keys, Features), Rows(indices, Items), mask, weights);
        var tensors = new DotProductNDCG(3).Update(
            Tensor.Create(labels, [Queries, Items]), Tensor.Create(queries, [Queries, Features]), Tensor.Create(keys, [Candidates, Features]),
            Tensor.Create(indices, [Queries, Items]), Tensor.Create(mask, [Queries]), Tensor.Create(weights, [Queries]));
        var floats = new DotProductNDCG(3).Update(F(labels), F(queries), F(keys), indices, Features, mask, F(weights));
        var floatTensors = new DotProductNDCG(3).Update(
            Tensor.Create(F(labels), [Queries, Items]), Tensor.Create(F(queries), [Queries, Features]), Tensor.Create(F(keys), [Candidates, Features]),
            Tensor.Create(indices, [Queries, Items]), Tensor.Create(mask, [Queries]), Tensor.Create(F(weights), [Queries]));
        Assert.Equal(spans, arrays);
        Assert.Equal(spans, tensors);

        // Small integer embeddings and dyadic weights: every float32 dot product and weight is exact.
        Assert.Equal(spans.Ranking.Count, floats.Ranking.Count);
        Approx.Equal(spans.Ranking.Total, floats.Ranking.Total, 1e-6, 1e-9);
        Assert.Equal(floats, floatTensors);
    }

    [Fact]
    public void OverloadsWithoutMaskOrWeightsKeepEveryQuery()
    {
        var (labels, queries, keys, indices, _, _) = Batch(4);
        var all = Enumerable.Repeat(true, Queries).ToArray();
        var plain = new DotProductMeanAveragePrecision().Update(labels, queries, keys, indices, Features);
        Assert.Equal(Queries, plain.Ranking.Count);
        Assert.Equal(plain, new DotProductMeanAveragePrecision().Update(labels, queries, keys, indices, Features, all));
        Assert.Equal(plain, new DotProductMeanAveragePrecision().Update(Rows(labels, Items), Rows(queries, Features), Rows(keys, Features), Rows(indices, Items)));
        Assert.Equal(plain, new DotProductMeanAveragePrecision().Update(
            Tensor.Create(labels, [Queries, Items]), Tensor.Create(queries, [Queries, Features]), Tensor.Create(keys, [Candidates, Features]), Tensor.Create(indices, [Queries, Items])));
    }

    [Fact]
    public void TensorsOfAnotherRankAreRefusedByName()
    {
        var (labels, queries, keys, indices, _, _) = Batch(5);
        var flatQueries = Assert.Throws<ArgumentException>(() => new DotProductRecallAtK(2).Update(
            Tensor.Create(labels, [Queries, Items]), Tensor.Create(queries, [Queries * Features]), Tensor.Create(keys, [Candidates, Features]), Tensor.Create(indices, [Queries, Items])));
        Assert.Equal("queries", flatQueries.ParamName);
        Assert.Contains("rank 1 but must have rank 2", flatQueries.Message, StringComparison.Ordinal);

        var wideMask = Assert.Throws<ArgumentException>(() => new DotProductRecallAtK(2).Update(
            Tensor.Create(labels, [Queries, Items]), Tensor.Create(queries, [Queries, Features]), Tensor.Create(keys, [Candidates, Features]),
            Tensor.Create(indices, [Queries, Items]), Tensor.Create(new bool[Queries], [Queries, 1])));
        Assert.Equal("mask", wideMask.ParamName);

        var otherFeatures = Assert.Throws<ArgumentException>(() => new DotProductRecallAtK(2).Update(
            Tensor.Create(labels, [Queries, Items]), Tensor.Create(queries, [Queries, Features]), Tensor.Create(new double[Candidates * 2], [Candidates, 2]), Tensor.Create(indices, [Queries, Items])));
        Assert.Equal("keys", otherFeatures.ParamName);
    }

    [Fact]
    public void ABadBatchLeavesTheStateAsItWas()
    {
        var (labels, queries, keys, indices, _, _) = Batch(6);
        var metric = new DotProductPrecisionAtK(2).Update(labels, queries, keys, indices, Features);
        var before = metric.Copy();
        var outOfRange = indices.ToArray();
        outOfRange[^1] = Candidates;
        Assert.Throws<ArgumentOutOfRangeException>(() => metric.Update(labels, queries, keys, outOfRange, Features));
        Assert.Equal(before, metric);
    }

    [Fact]
    public void TheSavedFormIsTheWrappedRankingMetrics()
    {
        Assert.Equal(Layout<NDCG>(), Layout<DotProductNDCG>());
        Assert.Equal(Layout<PrecisionAtK>(), Layout<DotProductPrecisionAtK>());
        Assert.Equal(Layout<RecallAtK>(), Layout<DotProductRecallAtK>());
        Assert.Equal(Layout<MeanReciprocalRank>(), Layout<DotProductMeanReciprocalRank>());
        Assert.Equal(Layout<MeanAveragePrecision>(), Layout<DotProductMeanAveragePrecision>());

        var (labels, queries, keys, indices, mask, weights) = Batch(7);
        var metric = new DotProductNDCG(2) { AverageTies = true }.Update(labels, queries, keys, indices, Features, mask, weights);
        Assert.Equal(new NDCG(2, averageTies: true), metric.Ranking.Empty());
        Assert.Equal(metric.Ranking.GetConfig().Parameters, metric.GetConfig().Parameters);
    }

    private static string Layout<T>()
        where T : struct, IPersistentMetric<T> => T.StateLayout;
}
