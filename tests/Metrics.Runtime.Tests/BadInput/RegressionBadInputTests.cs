using System;
using Xunit;
using static Metrics.Runtime.Tests.Helpers.ArgumentChecks;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Bad input of the regression, ranking and dot-product ranking metrics (SPEC §7): k ≤ 0, bad parameters, indices out
/// of range of the keys, query/key feature sizes that differ, ragged rows, mismatched masks and weights, and merging
/// different parameters. Each is an <see cref="ArgumentException"/> naming the argument and the values, with the state
/// unchanged.
/// </summary>
public sealed class RegressionBadInputTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void KMustBePositive(int k)
    {
        var text = k.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Rejects<ArgumentOutOfRangeException>(() => new PrecisionAtK(k), "K", $"K = {text}");
        Rejects<ArgumentOutOfRangeException>(() => new RecallAtK(k), "K", $"K = {text}");
        Rejects<ArgumentOutOfRangeException>(() => new MeanReciprocalRank(k), "K", $"K = {text}");
        Rejects<ArgumentOutOfRangeException>(() => new MeanAveragePrecision(k), "K", $"K = {text}");
        Rejects<ArgumentOutOfRangeException>(() => new NDCG(k), "K", $"K = {text}");
        Rejects<ArgumentOutOfRangeException>(() => new DCG(k), "K", $"K = {text}");
        Rejects<ArgumentOutOfRangeException>(() => new DotProductPrecisionAtK(k), "K", $"K = {text}");
        Rejects<ArgumentOutOfRangeException>(() => new DotProductNDCG(k), "K", $"K = {text}");
    }

    [Fact]
    public void DefaultRankingStateWithoutKIsRejectedAtUpdate()
    {
        // new T() leaves the required K at 0: the update names it instead of dividing by zero. default(T) skips every
        // constructor: the update says so (NeverConstructedMetricTests).
        var metric = new PrecisionAtK();
        Rejects<ArgumentOutOfRangeException>(() => metric.Update(new double[,] { { 1, 0 } }, new double[,] { { 0.5, 0.1 } }), "K", "K = 0");
        var never = default(PrecisionAtK);
        Assert.Contains("default(PrecisionAtK)", Assert.Throws<InvalidOperationException>(() => never.Update(new double[,] { { 1, 0 } }, new double[,] { { 0.5, 0.1 } })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegressionParametersAreValidated()
    {
        Rejects<ArgumentOutOfRangeException>(() => new Huber(0), "Delta", "Delta = 0");
        Rejects<ArgumentOutOfRangeException>(() => new Huber(double.NaN), "Delta", "NaN");
        Rejects<ArgumentOutOfRangeException>(() => new R2Score(-1), "NumRegressors", "NumRegressors = -1");
        Rejects<ArgumentOutOfRangeException>(() => new RowConcordanceCorrelation(-1e-7), "Epsilon", "Epsilon = -1E-07");
        Rejects<ArgumentException>(() => R2Score.Average([], MultiOutputAverage.Uniform), "outputs", "At least one output");
        Rejects<ArgumentOutOfRangeException>(() => R2Score.Average([new R2Score()], (MultiOutputAverage)7), "average", "7");
    }

    [Fact]
    public void MergingDifferentParametersThrows()
    {
        NDCG[] ndcg = [new(3), new(5)];
        R2Score[] r2 = [new(1), new(2)];
        DotProductRecallAtK[] dot = [new(3), new(4)];
        Rejects<ArgumentException>(() => _ = ndcg[0].Merge(ndcg[1]), "other", "K: 3", "K: 5");
        Rejects<ArgumentException>(() => _ = dot[0].Merge(dot[1]), "other", "K: 3", "K: 4");
        Rejects<ArgumentException>(() => _ = r2[0].Merge(r2[1]), "other", "NumRegressors");
    }

    [Fact]
    public void RaggedRankingRowsAreRejected()
    {
        var metric = new NDCG(2).Update(new double[,] { { 1, 0 } }, new double[,] { { 0.5, 0.1 } });
        var before = metric;
        Rejects<ArgumentException>(() => metric.Update([1.0, 0, 1, 0, 1], [0.5, 0.4, 0.3, 0.2, 0.1], 2), "labels", "5 elements", "2 columns");
        Rejects<ArgumentException>(() => metric.Update([1.0, 0, 1, 0], [0.5, 0.4, 0.3], 2), "predictions", "3 elements");
        Rejects<ArgumentException>(() => metric.Update(new double[,] { { 1, 0 } }, new double[,] { { 0.5, 0.1, 0.3 } }), "predictions");
        Rejects<ArgumentException>(() => metric.Update(new double[,] { { 1, 0 } }, new double[,] { { 0.5, 0.1 } }, mask: [true, false]), "mask", "2 elements");
        Rejects<ArgumentOutOfRangeException>(() => metric.Update(new double[,] { { 1, 0 } }, new double[,] { { 0.5, 0.1 } }, weights: [-1.0]), "weights", "weights[0] = -1");
        Assert.Equal(before, metric);
    }

    [Fact]
    public void RegressionLengthMismatchesAreRejected()
    {
        var metric = new PearsonCorrelation().Update([1.0, 2, 3], [1.0, 2, 4]);
        var before = metric;
        Rejects<ArgumentException>(() => metric.Update([1.0, 2], [1.0, 2, 3]), "predictions", "3 elements", "requires 2");
        Rejects<ArgumentException>(() => metric.Update([1.0, 2], [1.0, 2], weights: [1.0]), "weights");
        Rejects<ArgumentOutOfRangeException>(() => metric.Update([1.0, 2], [1.0, 2], weights: [1.0, double.NaN]), "weights", "weights[1] = NaN");
        Assert.Equal(before, metric);
    }

    private static readonly double[,] Keys = { { 1, 0 }, { 0.5, 0.5 }, { 0, 1 } };
    private static readonly double[,] Queries = { { 1, 0 }, { 0, 1 } };
    private static readonly double[,] Labels = { { 1, 0, 1 }, { 0, 1, 0 } };

    [Fact]
    public void DotProductIndicesOutOfRangeOfTheKeysAreRejected()
    {
        var metric = new DotProductNDCG(2).Update(Labels, Queries, Keys, new int[,] { { 0, 1, 2 }, { 2, 1, 0 } });
        var before = metric;
        Rejects<ArgumentOutOfRangeException>(() => metric.Update(Labels, Queries, Keys, new int[,] { { 0, 1, 3 }, { 2, 1, 0 } }), "indices", "indices[2] = 3", "[0, 3)");
        Rejects<ArgumentOutOfRangeException>(() => metric.Update(Labels, Queries, Keys, new int[,] { { 0, 1, 2 }, { -1, 1, 0 } }), "indices", "indices[3] = -1");
        Assert.Equal(before.Compute(), metric.Compute());

        // A masked-out query is padding: its indices are not checked and never read.
        var padded = new DotProductNDCG(2).Update(Labels, Queries, Keys, new int[,] { { 0, 1, 2 }, { 99, -5, 7 } }, mask: [true, false]);
        Assert.Equal(new DotProductNDCG(2).Update(new double[,] { { 1, 0, 1 } }, new double[,] { { 1, 0 } }, Keys, new int[,] { { 0, 1, 2 } }).Compute(), padded.Compute());
    }

    [Fact]
    public void DotProductFeatureSizesThatDifferAreRejected()
    {
        var metric = new DotProductPrecisionAtK(2);
        double[,] wideKeys = { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };
        Rejects<ArgumentException>(() => metric.Update(Labels, Queries, wideKeys, new int[,] { { 0, 1, 2 }, { 2, 1, 0 } }), "keys", "2 features", "3", "feature sizes differ");

        // Spans: the keys are not a whole number of embeddings of the query size.
        Rejects<ArgumentException>(
            () => metric.Update([1.0, 0, 1], [1.0, 0], [1.0, 0, 0, 0, 1], [0, 1, 0], 2),
            "keys", "5 elements", "feature sizes differ");
        Rejects<ArgumentException>(() => metric.Update([1.0, 0, 1], [1.0, 0, 2], [1.0, 0, 0, 1], [0, 1, 0], 2), "queries", "3 elements");
        Rejects<ArgumentOutOfRangeException>(() => metric.Update([1.0, 0, 1], [1.0, 0], [1.0, 0, 0, 1], [0, 1, 0], 0), "features", "0");
    }

    [Fact]
    public void DotProductRaggedRowsAndMismatchedShapesAreRejected()
    {
        var metric = new DotProductRecallAtK(2);
        // Two queries but five labels: not equal rows.
        Rejects<ArgumentException>(() => metric.Update([1.0, 0, 1, 0, 1], [1.0, 0, 0, 1], [1.0, 0, 0, 1], [0, 1, 0, 1, 0], 2), "labels", "5 elements", "ragged");
        Rejects<ArgumentException>(() => metric.Update([1.0, 0, 1, 0], [1.0, 0, 0, 1], [1.0, 0, 0, 1], [0, 1, 0], 2), "indices", "3 elements");
        Rejects<ArgumentException>(() => metric.Update([], [1.0, 0, 0, 1], [1.0, 0, 0, 1], [], 2), "labels", "at least one item");
        Rejects<ArgumentException>(() => metric.Update(Labels, Queries, Keys, new int[,] { { 0, 1 }, { 2, 1 } }), "indices columns");
        Rejects<ArgumentException>(() => metric.Update(Labels, new double[,] { { 1, 0 } }, Keys, new int[,] { { 0, 1, 2 }, { 2, 1, 0 } }), "queries rows");
        Rejects<ArgumentException>(() => metric.Update(Labels, Queries, Keys, new int[,] { { 0, 1, 2 }, { 2, 1, 0 } }, mask: [true]), "mask");
        Rejects<ArgumentOutOfRangeException>(() => metric.Update(Labels, Queries, Keys, new int[,] { { 0, 1, 2 }, { 2, 1, 0 } }, weights: [1.0, -2.0]), "weights", "weights[1] = -2");
        Assert.True(double.IsNaN(metric.Compute()));
    }
}
