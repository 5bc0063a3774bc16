using System;
using System.Linq;
using Metrics.Numerics;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Behaviour of the ranking and regression metrics that the references do not pin down: the top-k selection and its
/// tie and NaN rules, k larger than the row, stability far from zero, and allocation-free updates.
/// </summary>
[Collection(nameof(AllocationProbe))]
public sealed class RankingAndRegressionTests
{
    private static double[,] Row(params double[] values)
    {
        var row = new double[1, values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            row[0, i] = values[i];
        }

        return row;
    }

    [Fact]
    public void TopKSelectionEqualsAStableSortByDescendingScore()
    {
        var rng = new Random(17);
        for (var trial = 0; trial < 300; trial++)
        {
            var n = rng.Next(1, 60);
            // Few distinct levels make ties common; some NaN.
            var scores = Enumerable.Range(0, n)
                .Select(_ => rng.NextDouble() < 0.1 ? double.NaN : Math.Round(rng.NextDouble() * 4) / 4)
                .ToArray();
            var k = rng.Next(1, n + 1);
            var order = new int[k];
            TopK.Select<double>(scores, order);
            var expected = Enumerable.Range(0, n)
                .OrderBy(i => double.IsNaN(scores[i]) ? 1 : 0)
                .ThenByDescending(i => double.IsNaN(scores[i]) ? 0 : scores[i])
                .ThenBy(i => i)
                .Take(k)
                .ToArray();
            Assert.Equal(expected, order);
        }
    }

    [Fact]
    public void TiesRankTheLowerIndexFirst()
    {
        // Items 1 and 2 tie; item 1 (irrelevant) ranks first, so the relevant item 2 is rank 2.
        var scores = Row(0.1, 0.5, 0.5, 0.2);
        Assert.Equal(0.5, new MeanReciprocalRank().Update(Row(0, 0, 1, 0), scores).Compute());
        Assert.Equal(0.0, new PrecisionAtK(1).Update(Row(0, 0, 1, 0), scores).Compute());
        Assert.Equal(1.0, new PrecisionAtK(1).Update(Row(0, 1, 0, 0), scores).Compute());
    }

    [Fact]
    public void NaNScoresRankLast()
    {
        var scores = Row(double.NaN, 0.1, 0.2);
        Assert.Equal(1.0 / 3.0, new MeanReciprocalRank().Update(Row(1, 0, 0), scores).Compute(), 15);
        Assert.Equal(0.0, new RecallAtK(2).Update(Row(1, 0, 0), scores).Compute());
    }

    [Fact]
    public void KLargerThanTheRowRanksTheWholeRowButPrecisionKeepsTheDeclaredK()
    {
        var labels = Row(0, 2, 1, 0, 3);
        var scores = Row(0.5, 0.4, 0.3, 0.2, 0.1);
        Assert.Equal(new NDCG().Update(labels, scores).Compute(), new NDCG(50).Update(labels, scores).Compute());
        Assert.Equal(new MeanAveragePrecision(5).Update(labels, scores).Compute(), new MeanAveragePrecision(1000).Update(labels, scores).Compute());
        Assert.Equal(3.0 / 7.0, new PrecisionAtK(7).Update(labels, scores).Compute(), 15);
        Assert.Equal(1.0, new RecallAtK(7).Update(labels, scores).Compute());
    }

    [Fact]
    public void LargeKUsesPooledSelectionAndMatchesSmallerRows()
    {
        // 600 items (beyond the stack limit of the selection buffer) with the relevant items at known ranks.
        var n = 600;
        var labels = new double[1, n];
        var scores = new double[1, n];
        for (var i = 0; i < n; i++)
        {
            scores[0, i] = n - i;
            labels[0, i] = i % 100 == 99 ? 1 : 0;
        }

        var ap = Enumerable.Range(1, 6).Sum(j => j / (100.0 * j)) / 6;
        Assert.Equal(ap, new MeanAveragePrecision().Update(labels, scores).Compute(), 14);
        Assert.Equal(0.01, new MeanReciprocalRank(400).Update(labels, scores).Compute(), 15);
    }

    [Fact]
    public void QueriesWithoutRelevantItemsScoreZeroAndStillCount()
    {
        var labels = new double[,] { { 0, 0, 0 }, { 1, 0, 0 } };
        var scores = new double[,] { { 0.3, 0.2, 0.1 }, { 0.3, 0.2, 0.1 } };
        Assert.Equal(0.5, new RecallAtK(1).Update(labels, scores).Compute());
        Assert.Equal(0.5, new MeanReciprocalRank().Update(labels, scores).Compute());
        Assert.Equal(0.5, new MeanAveragePrecision().Update(labels, scores).Compute());
        Assert.Equal(0.5, new NDCG().Update(labels, scores).Compute());
        Assert.Equal(2.0, new NDCG().Update(labels, scores).Count);
    }

    [Fact]
    public void EmptyStatesAreNaN()
    {
        Assert.True(double.IsNaN(new NDCG().Compute()));
        Assert.True(double.IsNaN(new DotProductRecallAtK(2).Compute()));
        Assert.True(double.IsNaN(new PearsonCorrelation().Compute()));
        Assert.True(double.IsNaN(new R2Score().Compute()));
        Assert.True(double.IsNaN(new ExplainedVariance().Compute()));
        Assert.True(double.IsNaN(new MeanAbsolutePercentageError().Compute()));
    }

    [Fact]
    public void CorrelationsAndR2AreStableOnDataOffsetBy1e9AcrossShards()
    {
        var rng = new Random(3);
        var noise = rng.Normals(4000, 0, 1);
        var y = noise.Select(v => 1e9 + v).ToArray();
        var p = noise.Select(v => 1e9 + v + (0.5 * rng.Normal())).ToArray();
        var yc = noise;
        var pc = p.Select(v => v - 1e9).ToArray();

        var shards = Enumerable.Range(0, 8).Select(s => new PearsonCorrelation().Update(y[(s * 500)..((s + 1) * 500)], p[(s * 500)..((s + 1) * 500)]));
        var merged = shards.Aggregate((a, b) => a.Merge(b));
        Approx.Equal(new PearsonCorrelation().Update(yc, pc).Compute(), merged.Compute(), 1e-8, 0, "Pearson, 1e9 offset, 8 shards");
        Approx.Equal(new ConcordanceCorrelation().Update(yc, pc).Compute(), new ConcordanceCorrelation().Update(y, p).Compute(), 1e-8, 0, "concordance");
        Approx.Equal(new R2Score().Update(yc, pc).Compute(), new R2Score().Update(y, p).Compute(), 1e-8, 0, "R2");
        Approx.Equal(new ExplainedVariance().Update(yc, pc).Compute(), new ExplainedVariance().Update(y, p).Compute(), 1e-8, 0, "explained variance");
    }

    [Fact]
    public void AdjustedR2FollowsKerasFormula()
    {
        var y = new[] { 1.0, 2, 3, 4, 5, 6, 7, 8 };
        var p = new[] { 1.2, 1.9, 3.3, 3.8, 5.4, 5.9, 7.1, 8.3 };
        var r2 = new R2Score().Update(y, p).Compute();
        Assert.Equal(1 - ((1 - r2) * 7 / 5), new R2Score(numRegressors: 2).Update(y, p).Compute(), 14);
        Assert.True(double.IsNaN(new R2Score(numRegressors: 7).Update(y, p).Compute()));
    }

    [Fact]
    public void ConstantTargetsFollowScikitLearnForceFinite()
    {
        Assert.Equal(1.0, new R2Score().Update([2.0, 2, 2], [2.0, 2, 2]).Compute());
        Assert.Equal(0.0, new R2Score().Update([2.0, 2, 2], [2.0, 2, 3]).Compute());
        Assert.Equal(1.0, new ExplainedVariance().Update([2.0, 2, 2], [3.0, 3, 3]).Compute());
        Assert.Equal(0.0, new ExplainedVariance().Update([2.0, 2, 2], [2.0, 2, 3]).Compute());
    }

    [Fact]
    public void Float32BatchesRankLikeDoubleBatchesOfTheSameValues()
    {
        var rng = new Random(8);
        const int Queries = 50, Items = 9, Features = 4, Candidates = 20;
        var relevance = Enumerable.Range(0, Queries * Items).Select(_ => (double)rng.Next(0, 3)).ToArray();
        var scores = Enumerable.Range(0, Queries * Items).Select(_ => (double)(float)rng.NextDouble()).ToArray();
        var f = (double[] x) => x.Select(v => (float)v).ToArray();
        Assert.Equal(
            new NDCG(4).Update(relevance, scores, Items).Compute(),
            new NDCG(4).Update(f(relevance), f(scores), Items).Compute());
        Assert.Equal(
            new MeanAveragePrecision().Update(relevance, scores, Items).Compute(),
            new MeanAveragePrecision().Update(f(relevance), f(scores), Items).Compute());

        // Small integer embeddings make every dot product exact in float32 too.
        var queries = Enumerable.Range(0, Queries * Features).Select(_ => (double)rng.Next(-3, 4)).ToArray();
        var keys = Enumerable.Range(0, Candidates * Features).Select(_ => (double)rng.Next(-3, 4)).ToArray();
        var indices = Enumerable.Range(0, Queries * Items).Select(_ => rng.Next(0, Candidates)).ToArray();
        Assert.Equal(
            new DotProductMeanReciprocalRank(5).Update(relevance, queries, keys, indices, Features).Compute(),
            new DotProductMeanReciprocalRank(5).Update(f(relevance), f(queries), f(keys), indices, Features).Compute());
        Assert.Equal(
            new DotProductRecallAtK(3).Update(relevance, queries, keys, indices, Features).Compute(),
            new DotProductRecallAtK(3).Update(f(relevance), f(queries), f(keys), indices, Features).Compute());
    }

    [Fact]
    public void DotProductRankingEqualsRankingOnTheComputedScores()
    {
        var rng = new Random(21);
        const int Queries = 30, Items = 7, Features = 5, Candidates = 12;
        var relevance = Enumerable.Range(0, Queries * Items).Select(_ => (double)rng.Next(0, 4)).ToArray();
        var queries = rng.Normals(Queries * Features, 0, 1);
        var keys = rng.Normals(Candidates * Features, 0, 1);
        var indices = Enumerable.Range(0, Queries * Items).Select(_ => rng.Next(0, Candidates)).ToArray();
        var scores = new double[Queries * Items];
        for (var q = 0; q < Queries; q++)
        {
            for (var s = 0; s < Items; s++)
            {
                scores[(q * Items) + s] = Enumerable.Range(0, Features)
                    .Sum(j => queries[(q * Features) + j] * keys[(indices[(q * Items) + s] * Features) + j]);
            }
        }

        var mask = rng.Mask(Queries, 0.7);
        var weights = rng.DyadicWeights(Queries);
        Approx.Equal(
            new NDCG(3).Update(relevance, scores, Items, mask, weights).Compute(),
            new DotProductNDCG(3).Update(relevance, queries, keys, indices, Features, mask, weights).Compute(), 1e-12, 1e-15);
        Approx.Equal(
            new PrecisionAtK(2).Update(relevance, scores, Items, mask).Compute(),
            new DotProductPrecisionAtK(2).Update(relevance, queries, keys, indices, Features, mask).Compute(), 1e-12, 1e-15);
    }

    [Fact]
    public void UpdatesOfFixedSizeStatesAllocateNothing()
    {
        var rng = new Random(1);
        var y = rng.Normals(2048, 0, 1);
        var p = rng.Normals(2048, 0, 1);
        var rowsY = RegressionCase.Rows(y, 16);
        var rowsP = RegressionCase.Rows(p, 16);
        var keys = RegressionCase.Rows(rng.Normals(64 * 8, 0, 1), 8);
        var queries = RegressionCase.Rows(rng.Normals(128 * 8, 0, 1), 8);
        var indices = RegressionCase.Rows(Enumerable.Range(0, 128 * 16).Select(i => (i * 7) % 64).ToArray(), 16);
        var pearson = new PearsonCorrelation();
        var r2 = new R2Score();
        var mape = new MeanAbsolutePercentageError();
        var cosine = new CosineSimilarity();
        var ndcg = new NDCG(5);
        var map = new MeanAveragePrecision();
        var dot = new DotProductNDCG(5);
        AllocationProbe.AssertNoAllocation(() =>
        {
            pearson.Update(y, p);
            r2.Update(y, p);
            mape.Update(y, p);
            cosine.Update(rowsY, rowsP);
            ndcg.Update(rowsY, rowsP);
            map.Update(rowsY, rowsP);
            dot.Update(rowsY, queries, keys, indices);
        });
        Assert.True(ndcg.Count > 0 && dot.Ranking.Count > 0, "the updates inside the measured lambda reached the metrics");
    }
}
