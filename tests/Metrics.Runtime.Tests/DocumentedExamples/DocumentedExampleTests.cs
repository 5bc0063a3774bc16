using System;
using System.Globalization;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The documented examples of flax-metrics, each reproduced with Metrics.Dsl. Sources:
/// the flax-metrics README ("Readme_"), its classification API docs ("ClassificationDoc_") and its base, classification
/// and regression API pages and tests ("FlaxMd_{section}_"); docs/documented-examples.md lists them.
/// flax prints float32 values: those are compared to the printed digits (<see cref="Approx.PrintedFloat32"/>); where a
/// doc elides digits ("0.333...") the exact double value is required.
/// </summary>
public sealed class DocumentedExampleTests
{
    private const double Tight = 1e-15;

    private static readonly int[] ReadmeLabels = [0, 0, 0, 1, 1, 1];
    private static readonly double[] ReadmeLogits = [-1, -2, 2, 1, -1, -2];
    private static readonly bool[] ReadmeMask = [true, true, true, true, false, true];

    private static readonly int[] DocLabels = [0, 0, 0, 1, 1, 1, 1];
    private static readonly double[] DocLogits = [-1, -1, 1, 1, 1, -1, -1];

    private static void Elided(string prefix, double exact, double actual)
    {
        Approx.Equal(exact, actual, Tight, 0);
        Assert.StartsWith(prefix, actual.ToString("R", CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    // ------------------------------------------------------------------ README (seed 000)

    [Fact]
    public void Readme_Recall_Unmasked_Is0_333()
    {
        var metric = new Recall();
        metric.Update(ReadmeLabels, ReadmeLogits);
        Elided("0.333", 1.0 / 3.0, metric.Compute());
    }

    [Fact]
    public void Readme_Recall_Chained_Is0_333() =>
        Elided("0.333", 1.0 / 3.0, new Recall().Update(ReadmeLabels, ReadmeLogits).Compute());

    [Fact]
    public void Readme_Recall_Masked_Is0_5()
    {
        var metric = new Recall();
        metric.Update(ReadmeLabels, ReadmeLogits, mask: ReadmeMask);
        Assert.Equal(0.5, metric.Compute());
    }

    [Fact]
    public void Readme_Recall_ResetThenIndexedInputs_Is0_5()
    {
        var metric = new Recall();
        metric.Update(ReadmeLabels, ReadmeLogits, mask: ReadmeMask);
        metric.Reset();
        Assert.True(double.IsNaN(metric.Compute()), "a reset Recall has no actual positives");
        metric.Update([0, 0, 0, 1, 1], new double[] { -1, -2, 2, 1, -2 });
        Assert.Equal(0.5, metric.Compute());
    }

    [Fact]
    public void FlaxMd_3_4_ReadmeData_Precision_Is0_5() =>
        Assert.Equal(0.5, new Precision().Update(ReadmeLabels, ReadmeLogits).Compute());

    [Fact]
    public void FlaxMd_3_4_ReadmeData_F1_Is0_4() =>
        Approx.Equal(0.4, new F1Score().Update(ReadmeLabels, ReadmeLogits).Compute(), Tight, 0);

    // ------------------------------------------------------------------ classification docs (seed 001)

    [Fact]
    public void ClassificationDoc_Accuracy_MultiClass_Is0_666()
    {
        var logits = new double[,] { { 0.1, 0.9 }, { 0.8, 0.2 }, { 0.3, 0.7 } };
        Elided("0.666", 2.0 / 3.0, new Accuracy().Update([1, 1, 1], logits).Compute());
    }

    [Fact]
    public void ClassificationDoc_Accuracy_Binary_Threshold0_5_Is0_75() =>
        Assert.Equal(0.75, new Accuracy(threshold: 0.5).Update([1, 1, 1, 0], new[] { 0.6, 0.4, 0.8, 0.3 }).Compute());

    [Fact]
    public void ClassificationDoc_F1Score_Is0_5714286() =>
        Approx.PrintedFloat32("0.5714286", new F1Score().Update(DocLabels, DocLogits).Compute());

    [Fact]
    public void ClassificationDoc_LogProb_IsMinus5_879968()
    {
        var value = new LogProb().Update(
            new double[,] { { 0, 0, 0, 1, 1, 1, 1 } }, new double[,] { { -1, -1, 1, 1, 1, -1, -1 } }).Compute();
        Approx.PrintedFloat32("-5.879968", value);
        Approx.PrintedDigits("-5.8799681957", value); // flax_metrics.md §3.5: the double-precision value
    }

    [Fact]
    public void ClassificationDoc_Precision_Is0_6666667() =>
        Approx.PrintedFloat32("0.6666667", new Precision().Update(DocLabels, DocLogits).Compute());

    [Fact]
    public void ClassificationDoc_Recall_Is0_5() =>
        Assert.Equal(0.5, new Recall().Update(DocLabels, DocLogits).Compute());

    // ------------------------------------------------------------------ flax_metrics.md §2 base metrics

    [Fact]
    public void FlaxMd_2_1_Average_1234_Is2_5() =>
        Assert.Equal(2.5, new Average().Update(new double[] { 1, 2, 3, 4 }).Compute());

    [Fact]
    public void FlaxMd_2_2_Welford_1234()
    {
        var s = new Welford().Update(new double[] { 1, 2, 3, 4 }).Compute();
        Assert.Equal(2.5, s.Mean);
        Elided("0.559", Math.Sqrt(1.25) / 2, s.StandardErrorOfMean);
        Elided("1.118", Math.Sqrt(1.25), s.StandardDeviation);
        Approx.PrintedFloat32("0.559017", s.StandardErrorOfMean);
        Approx.PrintedFloat32("1.118034", s.StandardDeviation);
    }

    [Fact]
    public void FlaxMd_2_2_Welford_Sequence_1234_Then_3210()
    {
        var metric = new Welford();
        metric.Update(new double[] { 1, 2, 3, 4 });
        metric.Update(new double[] { 3, 2, 1, 0 });
        var s = metric.Compute();
        Assert.Equal(2.0, s.Mean);
        Approx.PrintedFloat32("0.43301272", s.StandardErrorOfMean);
        Approx.PrintedFloat32("1.2247449", s.StandardDeviation);
    }

    [Fact]
    public void FlaxMd_2_2_Welford_Sequence_AfterReset()
    {
        var metric = new Welford();
        metric.Update(new double[] { 1, 2, 3, 4 });
        metric.Update(new double[] { 3, 2, 1, 0 });
        metric.Reset();
        var s = metric.Compute();

        // flax prints mean 0. here; Metrics.Dsl documents NaN for an empty Welford (Statistics.Mean: "NaN when empty").
        Assert.True(double.IsNaN(s.Mean));
        Assert.True(double.IsNaN(s.StandardErrorOfMean));
        Assert.True(double.IsNaN(s.StandardDeviation));
        Assert.Equal(0.0, s.Count);
    }

    [Theory]
    [InlineData(new double[] { 1, 2, 3, 4 }, 2.5, 1.25)]
    [InlineData(new double[] { 0, 0, 0 }, 0.0, 0.0)]
    [InlineData(new double[] { 5 }, 5.0, 0.0)]
    [InlineData(new double[] { -1, 1, -2, 2 }, 0.0, 2.5)]
    [InlineData(new double[] { 1.5, 2.5, 3.5, 4.5, 5.5 }, 3.5, 2.0)]
    public void FlaxMd_2_2_Welford_TestInputs(double[] values, double mean, double variance)
    {
        var s = new Welford().Update(values).Compute();
        Approx.Equal(mean, s.Mean, Tight, Tight);
        Approx.Equal(variance, s.Variance, Tight, Tight);
        Approx.Equal(Math.Sqrt(variance), s.StandardDeviation, Tight, Tight);
        Approx.Equal(Math.Sqrt(variance) / Math.Sqrt(values.Length), s.StandardErrorOfMean, Tight, Tight);
        Assert.Equal(values.Length, s.Count);
    }

    [Fact]
    public void FlaxMd_2_2_Welford_Accumulation_12_Then_345()
    {
        var metric = new Welford();
        metric.Update(new double[] { 1, 2 });
        metric.Update(new double[] { 3, 4, 5 });
        var s = metric.Compute();
        Approx.Equal(3.0, s.Mean, Tight, 0);
        Approx.Equal(Math.Sqrt(2), s.StandardDeviation, Tight, 0);
        Approx.PrintedFloat32("1.4142136", s.StandardDeviation);
        Approx.PrintedFloat32("0.6324555", s.StandardErrorOfMean);
    }

    [Fact]
    public void FlaxMd_2_3_NnxAverage_Sequence()
    {
        var metric = new Average();
        Assert.True(double.IsNaN(metric.Compute()));
        metric.Update(new double[] { 1, 2, 3, 4 });
        Assert.Equal(2.5, metric.Compute());
        metric.Update(new double[] { 3, 2, 1, 0 });
        Assert.Equal(2.0, metric.Compute());
        metric.Reset();
        Assert.True(double.IsNaN(metric.Compute()));
    }

    private static readonly double[,] NnxLogits = { { -1, 1 }, { -1, 1 }, { -1, 1 }, { 1, -1 }, { 1, -1 } };

    [Fact]
    public void FlaxMd_2_3_NnxAccuracy_MultiClass_0_6_Then_0_7()
    {
        var metric = new Accuracy();
        metric.Update([1, 1, 1, 1, 1], NnxLogits);
        Assert.Equal(0.6, metric.Compute());
        metric.Update([1, 1, 1, 1, 0], NnxLogits);
        Assert.Equal(0.7, metric.Compute());
    }

    [Fact]
    public void FlaxMd_2_3_NnxAccuracy_Binary_0_75_Then_0_875()
    {
        var metric = new Accuracy(threshold: 0.5);
        metric.Update([0, 1, 1, 1], new[] { 0.4, 0.7, 0.2, 0.6 });
        Assert.Equal(0.75, metric.Compute());
        metric.Update([0, 1, 1, 0], new[] { 0.1, 0.9, 0.8, 0.3 });
        Assert.Equal(0.875, metric.Compute());
    }

    [Fact]
    public void FlaxMd_2_3_NnxMultiMetric_WithMasks()
    {
        var accuracy = new Accuracy();
        var loss = new Average();
        int[] labels1 = [1, 1, 0, 1, 0];
        double[] values1 = [1, 2, 3, 4];
        accuracy.Update(labels1, NnxLogits, mask: Array.ConvertAll(labels1, l => l > 0));
        loss.Update(values1);
        Approx.Equal(2.0 / 3.0, accuracy.Compute(), Tight, 0);
        Assert.Equal(2.5, loss.Compute());

        int[] labels2 = [0, 1, 1, 1, 1];
        double[] values2 = [3, 2, 1, 0];
        accuracy.Update(labels2, NnxLogits, mask: Array.ConvertAll(labels2, l => l > 0));
        loss.Update(values2, mask: Array.ConvertAll(values2, v => v > 1));
        Approx.Equal(4.0 / 7.0, accuracy.Compute(), Tight, 0);
        Approx.Equal(15.0 / 6.0, loss.Compute(), Tight, 0);
    }

    [Fact]
    public void FlaxMd_2_3_NnxMultiMetric_WithoutMasks()
    {
        var accuracy = new Accuracy();
        var loss = new Average();
        accuracy.Update([1, 1, 0, 1, 0], NnxLogits);
        loss.Update(new double[] { 1, 2, 3, 4 });
        Assert.Equal(0.6, accuracy.Compute());
        Assert.Equal(2.5, loss.Compute());
        accuracy.Update([0, 1, 1, 1, 1], NnxLogits);
        loss.Update(new double[] { 3, 2, 1, 0 });
        Assert.Equal(0.5, accuracy.Compute());
        Assert.Equal(2.0, loss.Compute());
    }

    // ------------------------------------------------------------------ flax_metrics.md §3.1 Accuracy

    [Theory]
    [InlineData(new[] { 0.1, 0.9, 0.8, 0.2, 0.3, 0.7 }, new[] { 1, 0, 1 }, 1.0)]
    [InlineData(new[] { 0.9, 0.1, 0.8, 0.2, 0.3, 0.7 }, new[] { 1, 0, 1 }, 2.0 / 3.0)]
    [InlineData(new[] { 0.1, 0.9, 0.2, 0.8, 0.3, 0.7 }, new[] { 0, 0, 0 }, 0.0)]
    public void FlaxMd_3_1_Accuracy_MultiClassTestCases(double[] logits, int[] labels, double expected) =>
        Approx.Equal(expected, new Accuracy().Update(labels, logits, columns: 2).Compute(), Tight, 0);

    [Theory]
    [InlineData(new[] { 0.6, 0.4, 0.8, 0.3 }, 1.0)]
    [InlineData(new[] { 0.6, 0.6, 0.8, 0.3 }, 0.75)]
    [InlineData(new[] { 0.4, 0.6, 0.4, 0.6 }, 0.0)]
    public void FlaxMd_3_1_Accuracy_BinaryTestCases_Threshold0_5(double[] logits, double expected) =>
        Assert.Equal(expected, new Accuracy(threshold: 0.5).Update([1, 0, 1, 0], logits).Compute());

    [Fact]
    public void FlaxMd_3_1_Accuracy_Accumulation_Is0_8()
    {
        var metric = new Accuracy();
        metric.Update([1, 0], new double[,] { { .1, .9 }, { .8, .2 } });
        metric.Update([1, 1, 0], new double[,] { { .9, .1 }, { .3, .7 }, { .6, .4 } });
        Assert.Equal(0.8, metric.Compute());
    }

    // ------------------------------------------------------------------ flax_metrics.md §3.2–3.4 Recall / Precision / F1

    [Theory]
    [InlineData(new double[] { 1, 1, -1, -1 }, new[] { 1, 1, 0, 0 }, 0.0, 1.0, 1.0, 1.0)]
    [InlineData(new double[] { -1, -1, 1, 1 }, new[] { 1, 1, 0, 0 }, 0.0, 0.0, 0.0, 0.0)]
    [InlineData(new double[] { 1, -1, -1, 1 }, new[] { 1, 1, 0, 0 }, 0.0, 0.5, 0.5, 0.5)]
    [InlineData(new double[] { .6, .4, .3, .8 }, new[] { 1, 1, 0, 0 }, 0.5, 0.5, 0.5, 0.5)]
    [InlineData(new double[] { .5, .6 }, new[] { 1, 0 }, 0.5, 0.0, 0.0, 0.0)]
    public void FlaxMd_3_4_PrecisionRecallF1_Table(double[] logits, int[] labels, double threshold, double precision, double recall, double f1)
    {
        Assert.Equal(precision, new Precision(threshold).Update(labels, logits).Compute());
        Assert.Equal(recall, new Recall(threshold).Update(labels, logits).Compute());
        Assert.Equal(f1, new F1Score(threshold).Update(labels, logits).Compute());
    }

    [Fact]
    public void FlaxMd_3_4_PrecisionRecallF1_Accumulation()
    {
        var precision = new Precision();
        var recall = new Recall();
        var f1 = new F1Score();
        foreach (var (logits, labels) in new[] { (new double[] { 1, -1 }, new[] { 1, 0 }), (new double[] { 1, 1, -1 }, new[] { 1, 0, 0 }) })
        {
            precision.Update(labels, logits);
            recall.Update(labels, logits);
            f1.Update(labels, logits);
        }

        Approx.Equal(2.0 / 3.0, precision.Compute(), Tight, 0);
        Assert.Equal(1.0, recall.Compute());
        Approx.Equal(0.8, f1.Compute(), Tight, 0);
    }

    [Fact]
    public void FlaxMd_3_4_PrecisionRecallF1_AfterReset_AllZero()
    {
        var precision = new Precision().Update([1, 1], new double[] { 1, 1 });
        var recall = new Recall().Update([1, 1], new double[] { 1, 1 });
        var f1 = new F1Score().Update([1, 1], new double[] { 1, 1 });
        precision.Reset();
        recall.Reset();
        f1.Reset();
        Assert.Equal(0.0, precision.Update([1, 0], new double[] { -1, 1 }).Compute());
        Assert.Equal(0.0, recall.Update([1, 0], new double[] { -1, 1 }).Compute());
        Assert.Equal(0.0, f1.Update([1, 0], new double[] { -1, 1 }).Compute());
    }

    // ------------------------------------------------------------------ flax_metrics.md §3.5 LogProb

    [Fact]
    public void FlaxMd_3_5_LogProb_OneHot_Minus0_8200752() =>
        Approx.PrintedDigits("-0.8200752", new LogProb().Update(new double[,] { { 1, 0, 0, 0 } }, new double[,] { { 1, 1, -1, -1 } }).Compute());

    [Fact]
    public void FlaxMd_3_5_LogProb_Binary_Minus0_1469129() =>
        Approx.PrintedDigits("-0.1469129", new LogProb().Update(new double[,] { { 0 }, { 1 }, { 1 } }, new double[,] { { -3 }, { 1 }, { 2.5 } }).Compute());

    [Fact]
    public void FlaxMd_3_5_LogProb_BinaryHugeLogits_IsZero()
    {
        var value = new LogProb().Update(new double[,] { { 1 }, { 0 } }, new double[,] { { 100 }, { -100 } }).Compute();
        Assert.True(value <= 0 && value > -1e-40, $"expected about -1.9e-44 (i.e. 0), got {value:R}");
    }

    [Fact]
    public void FlaxMd_3_5_LogProb_CategoricalHugeLogits_IsZero()
    {
        var value = new LogProb().Update(new double[,] { { 1, 0, 0 } }, new double[,] { { 100, -100, 0 } }).Compute();
        Assert.True(value <= 0 && value > -1e-40, $"expected 0.0, got {value:R}");
    }

    [Fact]
    public void FlaxMd_3_5_LogProb_MinusInfinityLogits_Minus0_3132617()
    {
        var inf = double.NegativeInfinity;
        var value = new LogProb().Update(new double[,] { { 1, 0, 0, 0, 0 } }, new double[,] { { 2, inf, 1, inf, inf } }).Compute();
        Approx.PrintedDigits("-0.3132617", value);
    }

    [Fact]
    public void FlaxMd_3_5_LogProb_ManyHot_Minus2_1972246() =>
        Approx.PrintedDigits("-2.1972246", new LogProb().Update(new double[,] { { 2, 1, 0 } }, new double[,] { { 0, 0, 0 } }).Compute());

    // ------------------------------------------------------------------ flax_metrics.md §4 regression

    private static readonly double[] Target = [1, 2, 3];
    private static readonly double[] Prediction = [1.5, 2, 2.5];

    [Fact]
    public void FlaxMd_4_1_LpError_P2_NoNorm_Is0_166() =>
        Elided("0.166", 1.0 / 6.0, new LpError(p: 2, norm: false).Update(Target, Prediction).Compute());

    [Theory]
    [InlineData(1.0, "0.22")]
    [InlineData(2.0, "0.2645751")]
    [InlineData(3.0, "0.3058126")]
    public void FlaxMd_4_1_LpError_Norm_PValues(double p, string expected) =>
        Approx.PrintedDigits(expected, new LpError(p).Update(new double[] { 1, 2, 3, 4, 5 }, new[] { 1.2, 1.8, 3.5, 3.9, 5.1 }).Compute(), decimals: 7);

    [Fact]
    public void FlaxMd_4_2_MeanAbsoluteError_Doc_Is0_333() =>
        Elided("0.333", 1.0 / 3.0, new MeanAbsoluteError().Update(Target, Prediction).Compute());

    [Fact]
    public void FlaxMd_4_2_MeanSquaredError_Doc_Is0_166() =>
        Elided("0.166", 1.0 / 6.0, new MeanSquaredError().Update(Target, Prediction).Compute());

    [Fact]
    public void FlaxMd_4_2_RootMeanSquaredError_Doc_Is0_408() =>
        Elided("0.408", Math.Sqrt(1.0 / 6.0), new RootMeanSquaredError().Update(Target, Prediction).Compute());

    [Fact]
    public void FlaxMd_4_2_MeanSquaredLogError_Doc_Is0_0291()
    {
        var value = new MeanSquaredLogError().Update(Target, new[] { 1.5, 2.5, 3.5 }).Compute();
        Assert.StartsWith("0.0291", value.ToString("R", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Approx.PrintedDigits("0.0291428", value);
    }

    [Fact]
    public void FlaxMd_4_2_RootMeanSquaredLogError_Doc_Is0_170()
    {
        var value = new RootMeanSquaredLogError().Update(Target, new[] { 1.5, 2.5, 3.5 }).Compute();
        Assert.StartsWith("0.170", value.ToString("R", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Approx.PrintedDigits("0.1707125", value);
    }

    [Theory]
    [InlineData(new double[] { 1, 2, 3 }, new[] { 1.5, 2, 2.5 }, ".3333333", ".1666667", ".4082483", ".0225412", ".1501374")]
    [InlineData(new double[] { 0, 1, 2, 3 }, new[] { .5, 1.5, 2.5, 3.5 }, ".5", ".25", ".5", ".0629576", ".2509135")]
    [InlineData(new double[] { 1, 1, 1 }, new double[] { 1, 1, 1 }, "0", "0", "0", "0", "0")]
    [InlineData(new double[] { 10, 20 }, new double[] { 12, 18 }, "2", "4", "2", ".0189619", ".1377022")]
    public void FlaxMd_4_2_RegressionTable(double[] target, double[] prediction, string mae, string mse, string rmse, string msle, string rmsle)
    {
        Approx.PrintedDigits(mae, new MeanAbsoluteError().Update(target, prediction).Compute(), decimals: 7);
        Approx.PrintedDigits(mse, new MeanSquaredError().Update(target, prediction).Compute(), decimals: 7);
        Approx.PrintedDigits(rmse, new RootMeanSquaredError().Update(target, prediction).Compute(), decimals: 7);
        Approx.PrintedDigits(msle, new MeanSquaredLogError().Update(target, prediction).Compute(), decimals: 7);
        Approx.PrintedDigits(rmsle, new RootMeanSquaredLogError().Update(target, prediction).Compute(), decimals: 7);
    }

    [Fact]
    public void FlaxMd_4_2_RegressionTable_AccumulationRow()
    {
        var mae = new MeanAbsoluteError();
        var mse = new MeanSquaredError();
        var rmse = new RootMeanSquaredError();
        var msle = new MeanSquaredLogError();
        var rmsle = new RootMeanSquaredLogError();
        foreach (var (target, prediction) in new[] { (new double[] { 1, 2 }, new[] { 1.5, 2.5 }), (new double[] { 3, 4, 5 }, new[] { 2.5, 4, 5.5 }) })
        {
            mae.Update(target, prediction);
            mse.Update(target, prediction);
            rmse.Update(target, prediction);
            msle.Update(target, prediction);
            rmsle.Update(target, prediction);
        }

        Approx.PrintedDigits(".4", mae.Compute(), decimals: 7);
        Approx.PrintedDigits(".2", mse.Compute(), decimals: 7);
        Approx.PrintedDigits(".4472136", rmse.Compute(), decimals: 7);
        Approx.PrintedDigits(".0195586", msle.Compute(), decimals: 7);
        Approx.PrintedDigits(".1398520", rmsle.Compute(), decimals: 7);
    }
}
