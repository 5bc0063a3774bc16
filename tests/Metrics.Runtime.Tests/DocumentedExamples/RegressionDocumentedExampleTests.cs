using System;
using System.Linq;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The documented examples of the regression, ranking and dot-product ranking metrics, reproduced to the printed
/// digits. Sources: the Keras 3 regression and correlation docstrings ("Keras_"), Keras 2.3.1 ("Keras2_"), the TF.js
/// metrics API page and tests ("TfJs_"), and the flax-metrics ranking and dot-product ranking pages ("FlaxMd_");
/// docs/documented-examples.md lists them. Float32 print-outs are compared with
/// <see cref="Approx.PrintedFloat32"/>, values derived in double precision with <see cref="Approx.PrintedDigits"/>.
/// </summary>
public sealed class RegressionDocumentedExampleTests
{
    // Keras 3 regression doc data: y_true [[0,1],[0,0]], y_pred [[1,1],[0,0]], then sample weights [1, 0] per row.
    private static readonly double[] KerasY = [0, 1, 0, 0];
    private static readonly double[] KerasP = [1, 1, 0, 0];
    private static readonly double[] KerasRowWeights = [1, 1, 0, 0];

    /// <summary>
    /// A print-out of a peer that computes in float32 and lands a few float32 ulps away from the exact value (its
    /// rounding, not a different formula): the double result must lie within <paramref name="ulps"/> float32 ulps.
    /// </summary>
    private static void Float32Within(string printed, double actual, int ulps)
    {
        var value = float.Parse(printed, System.Globalization.CultureInfo.InvariantCulture);
        var ulp = (double)MathF.BitIncrement(Math.Abs(value)) - Math.Abs(value);
        Assert.True(Math.Abs(actual - value) <= ulps * ulp, $"expected {printed} within {ulps} float32 ulps but got {actual:R}");
    }

    [Fact]
    public void Keras_MeanAbsolutePercentageError_Is250000000()
    {
        Assert.Equal(250000000.0, new MeanAbsolutePercentageError().Update(KerasY, KerasP).Compute(), 6);
        Assert.Equal(500000000.0, new MeanAbsolutePercentageError().Update(KerasY, KerasP, weights: KerasRowWeights).Compute(), 6);
    }

    [Fact]
    public void Keras_LogCoshError_Is0_10844523()
    {
        // Exactly (log cosh 1)/4 = 0.1084452076; Keras' float32 softplus form prints 3 ulps above.
        Float32Within("0.10844523", new LogCoshError().Update(KerasY, KerasP).Compute(), 4);
        Float32Within("0.21689045", new LogCoshError().Update(KerasY, KerasP, weights: KerasRowWeights).Compute(), 4);
    }

    [Fact]
    public void Keras_CosineSimilarity_Axis1_Is0_49999997()
    {
        double[,] y = { { 0, 1 }, { 1, 1 } };
        double[,] p = { { 1, 0 }, { 1, 1 } };
        // Exactly 0.5 and 0.7; Keras' float32 rsqrt prints one or two ulps below.
        Float32Within("0.49999997", new CosineSimilarity().Update(y, p).Compute(), 2);
        Float32Within("0.6999999", new CosineSimilarity().Update(y, p, weights: [0.3, 0.7]).Compute(), 2);
    }

    [Fact]
    public void Keras_R2Score_Is0_57142854() =>
        Approx.PrintedFloat32("0.57142854", new R2Score().Update([1.0, 4, 3], [2.0, 4, 4]).Compute());

    private static readonly double[,] CorrelationY = { { 0, 1, 0.5 }, { 1, 1, 0.2 } };
    private static readonly double[,] CorrelationP = { { 0.1, 0.9, 0.5 }, { 1, 0.9, 0.2 } };

    [Fact]
    public void Keras_PearsonCorrelation_PerRow_Is0_9966996()
    {
        Approx.PrintedFloat32("0.9966996", new RowPearsonCorrelation().Update(CorrelationY, CorrelationP).Compute());
        Approx.PrintedDigits("1.0", new RowPearsonCorrelation().Update(CorrelationY, CorrelationP, mask: [true, false]).Compute(), 7);
        Approx.PrintedDigits("0.99340", new RowPearsonCorrelation().Update(CorrelationY, CorrelationP, mask: [false, true]).Compute());
    }

    [Fact]
    public void PeersMd_PearsonCorrelation_Global_Is0_99383()
    {
        var y = CorrelationY.Cast<double>().ToArray();
        var p = CorrelationP.Cast<double>().ToArray();
        Approx.PrintedDigits("0.99383", new PearsonCorrelation().Update(y, p).Compute());
    }

    [Fact]
    public void Keras_ConcordanceCorrelation_PerRow_Is0_98163204()
    {
        Approx.PrintedFloat32("0.98163204", new RowConcordanceCorrelation().Update(CorrelationY, CorrelationP).Compute());
        Approx.PrintedFloat32("0.97560976", new RowConcordanceCorrelation().Update(CorrelationY, CorrelationP, mask: [true, false]).Compute());
        Approx.PrintedFloat32("0.98765432", new RowConcordanceCorrelation().Update(CorrelationY, CorrelationP, mask: [false, true]).Compute());
    }

    [Fact]
    public void Keras2_MeanAbsolutePercentageError_Is5e8()
    {
        // 100 · (1e7 + 1e7 + 0 + 1) / 4 = 500000025, printed with one significant digit.
        var value = new MeanAbsolutePercentageError().Update([0.0, 0, 1, 1], [1.0, 1, 1, 0]).Compute();
        Assert.Equal(500000025.0, value, 6);
        Assert.Equal("5E+008", value.ToString("0E+000", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TfJs_MeanAbsolutePercentageError_PerSample_Is0_And15()
    {
        Assert.Equal(0.0, new MeanAbsolutePercentageError().Update([0.0, 1], [0.0, 1]).Compute());
        Approx.PrintedDigits("15", new MeanAbsolutePercentageError().Update([10.0, 20], [11.0, 24]).Compute(), 12);
    }

    [Fact]
    public void TfJs_R2Score_Global_IsMinus9_AndScikitLearnColumnwise_IsMinus10_111()
    {
        Approx.PrintedDigits("-9.0", new R2Score().Update([0.0, 1, 3, 4], [0.0, 1, -3, -4]).Compute(), 12);
        R2Score[] columns =
        [
            new R2Score().Update([0.0, 3], [0.0, -3]),
            new R2Score().Update([1.0, 4], [1.0, -4]),
        ];
        Approx.PrintedDigits("-10.111", R2Score.Average(columns, MultiOutputAverage.Uniform));
    }

    [Fact]
    public void TfJs_CosineProximity_IsTheNegatedPerRowCosine()
    {
        // tf.metrics.cosineProximity([[1,0],[1,0]], [[0.7071,0.7071],[0,1]]) → [−0.7071068, −0]; the seed's
        // ([[1,0],[1,0]], [[1,0],[0,1]]) → [−1, 0]. CosineSimilarity is the positive (Keras 3) sign.
        double[,] y = { { 1, 0 } };
        Approx.PrintedFloat32("0.7071068", new CosineSimilarity().Update(y, new double[,] { { 0.7071, 0.7071 } }).Compute());
        Assert.Equal(0.0, new CosineSimilarity().Update(y, new double[,] { { 0, 1 } }).Compute());
        Assert.Equal(1.0, new CosineSimilarity().Update(y, new double[,] { { 1, 0 } }).Compute());
    }

    // ------------------------------------------------------------------ flax_metrics.md §5

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
    public void FlaxMd_5_DocExamples()
    {
        var scores = Row(0.1, 0.4, 0.3, 0.2);
        Approx.PrintedFloat32("1.", new PrecisionAtK(2).Update(Row(0, 1, 1, 0), scores).Compute());
        Approx.PrintedFloat32("0.6666667", new RecallAtK(2).Update(Row(1, 1, 1, 0), scores).Compute());
        Approx.PrintedFloat32("0.33333334", new MeanReciprocalRank().Update(Row(1, 0, 0, 1), scores).Compute());
        Approx.PrintedFloat32("0.9166667", new MeanAveragePrecision().Update(Row(1, 1, 0, 1), Row(0.4, 0.3, 0.2, 0.1)).Compute());
        Approx.PrintedDigits("0.5525005", new NDCG(3).Update(Row(3, 2, 1, 0), scores).Compute());
    }

    [Fact]
    public void FlaxMd_5_PrecisionAtK_UsesTheDeclaredK() =>
        Approx.PrintedDigits("0.3", new PrecisionAtK(10).Update(Row(1, 1, 1, 0), Row(0.9, 0.8, 0.7, 0.6)).Compute(), 12);

    public static TheoryData<double[], double[], int, string[]> TrecEvalTable() => new()
    {
        { [.9, .8, .1, .2], [1, 1, 0, 0], 2, ["1", "1", "1", "1", "1"] },
        { [.1, .2, .9, .8], [1, 1, 0, 0], 2, ["0", "0", "0", "0", "0"] },
        { [.9, .1, .8, .2], [1, 1, 0, 0], 2, [".5", ".5", "1", ".5", ".6131472"] },
        { [.9, .8, .7, .6], [1, 0, 1, 0], 3, [".6666667", "1", "1", ".8333333", ".9197208"] },
        { [.9, .8, .7, .6], [3, 2, 1, 0], 3, ["1", "1", "1", "1", "1"] },
        { [.9, .8, .7, .6], [1, 3, 2, 0], 3, ["1", "1", "1", "1", ".8174935"] },
        { [.9, .8, .7, .6], [1, 3, 2, 0], 10, [".3", "1", "1", "1", ".8174935"] },
    };

    [Theory]
    [MemberData(nameof(TrecEvalTable))]
    public void FlaxMd_5_TrecEvalTable(double[] scores, double[] labels, int k, string[] expected)
    {
        var s = Row(scores);
        var l = Row(labels);
        Approx.PrintedDigits(expected[0], new PrecisionAtK(k).Update(l, s).Compute(), 7);
        Approx.PrintedDigits(expected[1], new RecallAtK(k).Update(l, s).Compute(), 7);
        Approx.PrintedDigits(expected[2], new MeanReciprocalRank(k).Update(l, s).Compute(), 7);
        Approx.PrintedDigits(expected[3], new MeanAveragePrecision(k).Update(l, s).Compute(), 7);
        Approx.PrintedDigits(expected[4], new NDCG(k).Update(l, s).Compute(), 7);
    }

    [Fact]
    public void FlaxMd_5_AccumulationOfTwoUpdates_Is0_5()
    {
        var l = Row(1, 1, 0, 0);
        var first = Row(.9, .8, .1, .2);
        var second = Row(.1, .2, .9, .8);
        Assert.Equal(0.5, new PrecisionAtK(2).Update(l, first).Update(l, second).Compute());
        Assert.Equal(0.5, new RecallAtK(2).Update(l, first).Update(l, second).Compute());
        Assert.Equal(0.5, new MeanReciprocalRank(2).Update(l, first).Update(l, second).Compute());
        Assert.Equal(0.5, new MeanAveragePrecision(2).Update(l, first).Update(l, second).Compute());
        Assert.Equal(0.5, new NDCG(2).Update(l, first).Update(l, second).Compute());
    }

    // ------------------------------------------------------------------ flax_metrics.md §6

    private static readonly double[,] DocQuery = { { 1, 0 } };
    private static readonly double[,] DocKeys = { { 1, 0 }, { .5, .5 }, { 0, 1 } };
    private static readonly int[,] DocIndices = { { 0, 1, 2 } };

    [Fact]
    public void FlaxMd_6_DocExamples()
    {
        Approx.PrintedFloat32("0.5", new DotProductPrecisionAtK(2).Update(Row(1, 0, 1), DocQuery, DocKeys, DocIndices).Compute());
        Approx.PrintedFloat32("0.6666667", new DotProductRecallAtK(2).Update(Row(1, 1, 1), DocQuery, DocKeys, DocIndices).Compute());
        Approx.PrintedFloat32("0.33333334", new DotProductMeanReciprocalRank().Update(Row(0, 0, 1), DocQuery, DocKeys, DocIndices).Compute());
        // Exactly 5/6 = 0.83333333; flax's float32 arithmetic prints 0.8333334, 1.1 float32 ulps above.
        Float32Within("0.8333334", new DotProductMeanAveragePrecision().Update(Row(1, 0, 1), DocQuery, DocKeys, DocIndices).Compute(), 2);
        Approx.PrintedDigits("0.8174935", new DotProductNDCG().Update(Row(1, 3, 2), DocQuery, DocKeys, DocIndices).Compute());
    }

    [Fact]
    public void FlaxMd_6_VariableSubsetSizes_Is0_5()
    {
        // Identity keys make the scores the chosen key's coordinate: the query carries the scores.
        double[,] keys = { { 1, 0, 0, 0 }, { 0, 1, 0, 0 }, { 0, 0, 1, 0 }, { 0, 0, 0, 1 } };
        var metric = new DotProductPrecisionAtK(3)
            .Update(Row(1, 1, 0, 0), Row(.9, .8, .7, .6), keys, new int[,] { { 0, 1, 2, 3 } })
            .Update(Row(1, 0), Row(.9, .1, 0, 0), keys, new int[,] { { 0, 1 } });
        Assert.Equal(0.5, metric.Compute());
    }
}
