using System;
using System.Globalization;
using System.Linq;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The documented examples of the Keras 3 classes ("Keras_", accuracy to IoU metrics), the Keras 2.3.1 functional tests
/// and class docstrings ("Keras2_") and TF.js (its metrics API page and tests, "TfJs_") for the
/// metrics of the classification set. Keras and TF.js print float32 values: those are compared within a few float32
/// ulps of the printed value (<see cref="Float32"/>); Keras computes in float32, so where its print-out shows float32
/// rounding (0.49999997) the float overloads are used. TF.js functions return per-sample values: each sample is
/// evaluated as a one-row batch. TF.js' functional <c>binaryCrossentropy</c> values are not reproduced: it computes
/// <c>log p</c> where Keras 3's metric (followed here) computes <c>log(p + 1e-7)</c>, so they differ by about 1e-7/p
/// (0.69314718 vs 0.69314698 at p = 0.5; 16.118096 vs 15.4249 at the clip).
/// </summary>
public sealed class ClassificationDocumentedExampleTests
{
    /// <summary>Within four float32 ulps of the printed value, or half a unit of its last printed digit.</summary>
    private static void Float32(string printed, double actual)
    {
        var value = double.Parse(printed, CultureInfo.InvariantCulture);
        var f = Math.Abs((float)value);
        var ulp = (double)MathF.BitIncrement(f) - f;
        var mantissa = printed.Split('e', 'E')[0];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var exponent = printed.Contains('e', StringComparison.OrdinalIgnoreCase) ? int.Parse(printed.Split('e', 'E')[1], CultureInfo.InvariantCulture) : 0;
        var halfDigit = 0.5 * Math.Pow(10, exponent - (dot < 0 ? 0 : mantissa.Length - dot - 1));
        var tolerance = Math.Max(4 * ulp, halfDigit);
        Assert.True(Math.Abs(actual - value) <= tolerance, string.Create(CultureInfo.InvariantCulture, $"expected {printed} (±{tolerance:R}) but got {actual:R}"));
    }

    // ------------------------------------------------------------------ Keras 3 accuracy metrics (§1.3)

    [Fact]
    public void Keras_Accuracy_IsExactMatchAccuracy()
    {
        double[] labels = [1, 2, 3, 4];
        double[] predictions = [0, 2, 3, 4];
        Float32("0.75", new ExactMatchAccuracy().Update(labels, predictions).Compute());
        Float32("0.5", new ExactMatchAccuracy().Update(labels, predictions, weights: [1, 1, 0, 0]).Compute());
    }

    [Fact]
    public void Keras_BinaryAccuracy()
    {
        int[] labels = [1, 1, 0, 0];
        double[] predictions = [0.98, 1, 0, 0.6];
        Float32("0.75", new BinaryAccuracy().Update(labels, predictions).Compute());
        Float32("0.5", new BinaryAccuracy().Update(labels, predictions, weights: [1, 0, 0, 1]).Compute());
    }

    private static readonly double[,] KerasOneHot = { { 0, 0, 1 }, { 0, 1, 0 } };
    private static readonly int[] KerasSparse = [2, 1];
    private static readonly double[,] KerasScores = { { 0.1, 0.9, 0.8 }, { 0.05, 0.95, 0 } };
    private static readonly double[] KerasRowWeights = [0.7, 0.3];

    [Fact]
    public void Keras_CategoricalAndSparseCategoricalAccuracy()
    {
        Float32("0.5", new CategoricalAccuracy().Update(KerasOneHot, KerasScores).Compute());
        Float32("0.3", new CategoricalAccuracy().Update(KerasOneHot, KerasScores, weights: KerasRowWeights).Compute());
        Float32("0.5", new SparseCategoricalAccuracy().Update(KerasSparse, KerasScores).Compute());
        Float32("0.3", new SparseCategoricalAccuracy().Update(KerasSparse, KerasScores, weights: KerasRowWeights).Compute());
    }

    // Keras' categorical_accuracy and top_k_categorical_accuracy take ops.argmax(y_true, axis=-1), so a soft (mixup)
    // label row counts as its largest entry's class: the documented example with the one-hot rows made soft keeps its
    // printed values, and the metric agrees with the functional form row by row.
    private static readonly double[,] KerasSoftLabels = { { 0.1, 0.2, 0.7 }, { 0.3, 0.6, 0.1 } };

    [Fact]
    public void Keras_SoftLabelRowsTakeTheArgmax()
    {
        Float32("0.5", new CategoricalAccuracy().Update(KerasSoftLabels, KerasScores).Compute());
        Float32("0.3", new CategoricalAccuracy().Update(KerasSoftLabels, KerasScores, weights: KerasRowWeights).Compute());
        Float32("0.5", new TopKCategoricalAccuracy(k: 1).Update(KerasSoftLabels, KerasScores).Compute());
        Float32("0.3", new TopKCategoricalAccuracy(k: 1).Update(KerasSoftLabels, KerasScores, weights: KerasRowWeights).Compute());
        Assert.Equal(1.0, new TopKCategoricalAccuracy(k: 2).Update(KerasSoftLabels, KerasScores).Compute());

        double[] flatLabels = [0.1, 0.2, 0.7, 0.3, 0.6, 0.1];
        double[] flatScores = [0.1, 0.9, 0.8, 0.05, 0.95, 0];
        Assert.Equal(
            Functional.CategoricalAccuracy(flatLabels, flatScores, 3).Average(),
            new CategoricalAccuracy().Update(KerasSoftLabels, KerasScores).Compute());
    }

    [Fact]
    public void Keras_TopKAccuracies_K1()
    {
        Float32("0.5", new TopKCategoricalAccuracy(k: 1).Update(KerasOneHot, KerasScores).Compute());
        Float32("0.3", new TopKCategoricalAccuracy(k: 1).Update(KerasOneHot, KerasScores, weights: KerasRowWeights).Compute());
        Float32("0.5", new SparseTopKCategoricalAccuracy(k: 1).Update(KerasSparse, KerasScores).Compute());
        Float32("0.3", new SparseTopKCategoricalAccuracy(k: 1).Update(KerasSparse, KerasScores, weights: KerasRowWeights).Compute());
    }

    // ------------------------------------------------------------------ Keras 3 probabilistic metrics (§1.4)

    private static readonly float[,] KldLabels = { { 0, 1 }, { 0, 0 } };
    private static readonly float[,] KldPredictions = { { 0.6f, 0.4f }, { 0.4f, 0.6f } };

    [Fact]
    public void Keras_KLDivergence()
    {
        Float32("0.45814306", new KLDivergence().Update(KldLabels, KldPredictions).Compute());
        Float32("0.9162892", new KLDivergence().Update(KldLabels, KldPredictions, weights: [1f, 0f]).Compute());
    }

    [Fact]
    public void Keras_Poisson_FloatInputs()
    {
        float[] labels = [0, 1, 0, 0];
        float[] predictions = [1, 1, 0, 0];
        Float32("0.49999997", new Poisson().Update(labels, predictions).Compute());

        // A row weight applies to each of the row's elements.
        Float32("0.99999994", new Poisson().Update(labels, predictions, weights: [1f, 1f, 0f, 0f]).Compute());
    }

    [Fact]
    public void Keras_BinaryCrossentropy()
    {
        float[] labels = [0, 1, 0, 0];
        float[] predictions = [0.6f, 0.4f, 0.4f, 0.6f];
        Float32("0.81492424", new BinaryCrossentropy().Update(labels, predictions).Compute());
        Float32("0.9162905", new BinaryCrossentropy().Update(labels, predictions, weights: [1f, 1f, 0f, 0f]).Compute());
    }

    private static readonly float[,] CceScores = { { 0.05f, 0.95f, 0 }, { 0.1f, 0.8f, 0.1f } };

    [Fact]
    public void Keras_CategoricalAndSparseCategoricalCrossentropy()
    {
        float[,] labels = { { 0, 1, 0 }, { 0, 0, 1 } };
        Float32("1.1769392", new CategoricalCrossentropy().Update(labels, CceScores).Compute());
        Float32("1.6271976", new CategoricalCrossentropy().Update(labels, CceScores, weights: [0.3f, 0.7f]).Compute());
        Float32("1.1769392", new SparseCategoricalCrossentropy().Update([1, 2], CceScores).Compute());
        Float32("1.6271976", new SparseCategoricalCrossentropy().Update([1, 2], CceScores, weights: [0.3f, 0.7f]).Compute());
    }

    [Fact]
    public void Keras_SparseCategoricalCrossentropy_IgnoreClass()
    {
        float[,] scores = { { 0.9f, 0.05f, 0.05f }, { 0.05f, 0.95f, 0 }, { 0.1f, 0.8f, 0.1f } };
        int[] labels = [0, 1, 2];

        // Keras' weighted value; unweighted Keras keeps the ignored row in the denominator (0.78462), we do not.
        Float32("1.33775", new SparseCategoricalCrossentropy(ignoreClass: 0).Update(labels, scores, weights: [0.5f, 1.5f, 2.0f]).Compute());
        Float32("1.1769392", new SparseCategoricalCrossentropy(ignoreClass: 0).Update(labels, scores).Compute());
        Assert.NotEqual(0.78462, new SparseCategoricalCrossentropy(ignoreClass: 0).Update(labels, scores).Compute(), 3);
    }

    // ------------------------------------------------------------------ hinge (§1.7, §2.1)

    [Fact]
    public void Keras_Hinge_SquaredHinge_CategoricalHinge()
    {
        double[] labels = [0, 1, 0, 0];
        double[] predictions = [0.6, 0.4, 0.4, 0.6];
        double[] weights = [1, 1, 0, 0];
        Float32("1.3", new Hinge().Update(labels, predictions).Compute());
        Float32("1.1", new Hinge().Update(labels, predictions, weights: weights).Compute());
        Float32("1.86", new SquaredHinge().Update(labels, predictions).Compute());
        Float32("1.46", new SquaredHinge().Update(labels, predictions, weights: weights).Compute());
        double[,] rowLabels = { { 0, 1 }, { 0, 0 } };
        double[,] rowPredictions = { { 0.6, 0.4 }, { 0.4, 0.6 } };
        Float32("1.4000001", new CategoricalHinge().Update(rowLabels, rowPredictions).Compute());
        Float32("1.2", new CategoricalHinge().Update(rowLabels, rowPredictions, weights: [1.0, 0.0]).Compute());
    }

    [Fact]
    public void Keras2_HingeDocstrings_SignedLabels()
    {
        double[] labels = [-1, 1, 1];
        double[] predictions = [0.6, -0.7, -0.5];
        Approx.PrintedDigits("1.6", new Hinge().Update(labels, predictions).Compute());
        Approx.PrintedDigits("2.6", new SquaredHinge().Update(labels, predictions).Compute());
        Approx.PrintedDigits("1.0", new CategoricalHinge().Update(new double[,] { { 0, 1, 1 } }, new double[,] { { 1, 0, 1 } }).Compute());
    }

    // ------------------------------------------------------------------ confusion counts (§1.8)

    [Fact]
    public void Keras_ConfusionCounts()
    {
        Float32("2.0", new FalsePositives().Update([0, 1, 0, 0], [0.0, 0, 1, 1]).Compute()[0]);
        Float32("1.0", new FalsePositives().Update([0, 1, 0, 0], [0.0, 0, 1, 1], weights: [0.0, 0, 1, 0]).Compute()[0]);
        Float32("2.0", new FalseNegatives().Update([0, 1, 1, 1], [0.0, 1, 0, 0]).Compute()[0]);
        Float32("1.0", new FalseNegatives().Update([0, 1, 1, 1], [0.0, 1, 0, 0], weights: [0.0, 0, 1, 0]).Compute()[0]);
        Float32("2.0", new TrueNegatives().Update([0, 1, 0, 0], [1.0, 1, 0, 0]).Compute()[0]);
        Float32("1.0", new TrueNegatives().Update([0, 1, 0, 0], [1.0, 1, 0, 0], weights: [0.0, 0, 1, 0]).Compute()[0]);
        Float32("2.0", new TruePositives().Update([0, 1, 1, 1], [1.0, 0, 1, 1]).Compute()[0]);
        Float32("1.0", new TruePositives().Update([0, 1, 1, 1], [1.0, 0, 1, 1], weights: [0.0, 0, 1, 0]).Compute()[0]);
    }

    [Fact]
    public void Keras_PrecisionAndRecall()
    {
        Float32("0.6666667", new PrecisionAtThresholds().Update([0, 1, 1, 1], [1.0, 0, 1, 1]).Compute()[0]);
        Float32("1.0", new PrecisionAtThresholds().Update([0, 1, 1, 1], [1.0, 0, 1, 1], weights: [0.0, 0, 1, 0]).Compute()[0]);
        Float32("0.6666667", new RecallAtThresholds().Update([0, 1, 1, 1], [1.0, 0, 1, 1]).Compute()[0]);
        Float32("1.0", new RecallAtThresholds().Update([0, 1, 1, 1], [1.0, 0, 1, 1], weights: [0.0, 0, 1, 0]).Compute()[0]);
    }

    // ------------------------------------------------------------------ F-scores (§1.9)

    [Theory]
    [InlineData(1.0, "0.5", "0.8", "0.6666667")]
    [InlineData(2.0, "0.3846154", "0.90909094", "0.8333334")]
    public void Keras_FBetaScore_MultiLabel(double beta, string first, string second, string third)
    {
        double[,] labels = { { 1, 1, 1 }, { 1, 0, 0 }, { 1, 1, 0 } };
        double[,] predictions = { { 0.2, 0.6, 0.7 }, { 0.2, 0.6, 0.6 }, { 0.6, 0.8, 0.0 } };
        var perLabel = new MultiLabelFBetaScore(3, beta: beta, threshold: 0.5).Update(labels, predictions).PerLabel();
        Float32(first, perLabel[0]);
        Float32(second, perLabel[1]);
        Float32(third, perLabel[2]);
    }

    // ------------------------------------------------------------------ IoU (§1.10)

    [Fact]
    public void Keras_IoU_MeanIoU()
    {
        int[] labels = [0, 0, 1, 1];
        int[] predictions = [0, 1, 0, 1];
        double[] weights = [0.3, 0.3, 0.3, 0.1];
        Float32("0.33333334", new IoU(2, [0]).Update(labels, predictions).Compute());
        Float32("0.33333334", new IoU(2, [0]).Update(labels, predictions, weights: weights).Compute());
        Float32("0.33333334", new MeanIoU(2).Update(labels, predictions).Compute());
        Float32("0.23809525", new MeanIoU(2).Update(labels, predictions, weights: weights).Compute());
    }

    [Fact]
    public void Keras_BinaryIoU()
    {
        int[] labels = [0, 1, 0, 1];
        double[] predictions = [0.1, 0.2, 0.4, 0.7];
        Float32("0.33333334", new BinaryIoU(threshold: 0.3).Update(labels, predictions).Compute());
        Float32("0.17361112", new BinaryIoU(threshold: 0.3).Update(labels, predictions, weights: [0.2, 0.3, 0.4, 0.1]).Compute());
    }

    [Fact]
    public void Keras_OneHotIoU_OneHotMeanIoU()
    {
        double[,] labels = { { 0, 0, 1 }, { 1, 0, 0 }, { 0, 1, 0 }, { 1, 0, 0 } };
        double[,] predictions = { { 0.2, 0.3, 0.5 }, { 0.1, 0.2, 0.7 }, { 0.5, 0.3, 0.1 }, { 0.1, 0.4, 0.5 } };
        double[] weights = [0.1, 0.2, 0.3, 0.4];
        Approx.PrintedDigits("0.071", new OneHotIoU(3, [0, 2]).Update(labels, predictions, weights: weights).Compute());
        Approx.PrintedDigits("0.048", new OneHotMeanIoU(3).Update(labels, predictions, weights: weights).Compute());
    }

    // ------------------------------------------------------------------ Keras 2.3.1 top-k tests (§2.1)

    [Theory]
    [InlineData(3, "1")]
    [InlineData(2, "0.5")]
    [InlineData(1, "0")]
    public void Keras2_TopKCategoricalAccuracy(int k, string mean)
    {
        double[,] scores = { { 0.3, 0.2, 0.1 }, { 0.1, 0.2, 0.7 } };
        double[,] oneHot = { { 0, 1, 0 }, { 1, 0, 0 } };
        Approx.PrintedDigits(mean, new TopKCategoricalAccuracy(k: k).Update(oneHot, scores).Compute());
        Approx.PrintedDigits(mean, new SparseTopKCategoricalAccuracy(k: k).Update([1, 0], scores).Compute());
    }

    // ------------------------------------------------------------------ TF.js (seed 003, §2.2)

    [Fact]
    public void TfJs_BinaryAccuracy_PerSample()
    {
        // seed 003: tf.metrics.binaryAccuracy([[1,1,1,1],[0,0,0,0]], [[1,0,1,0],[0,0,0,1]]).print() // [0.5, 0.75]
        Float32("0.5", new BinaryAccuracy().Update([1, 1, 1, 1], [1.0, 0, 1, 0]).Compute());
        Float32("0.75", new BinaryAccuracy().Update([0, 0, 0, 0], [0.0, 0, 0, 1]).Compute());
        Float32("0.625", new BinaryAccuracy().Update([1, 1, 1, 1, 0, 0, 0, 0], [0.2, 0.4, 0.6, 0.8, 0.2, 0.3, 0.4, 0.7]).Compute());
        string[] expected = ["0", "1", "1", "0.5"];
        double[][] rows = [[0.2, 0.4], [0.6, 0.8], [0.2, 0.3], [0.4, 0.7]];
        int[][] labels = [[1, 1], [1, 1], [0, 0], [0, 0]];
        for (var i = 0; i < rows.Length; i++)
        {
            Float32(expected[i], new BinaryAccuracy().Update(labels[i], rows[i]).Compute());
        }
    }

    [Fact]
    public void TfJs_SparseCategoricalAccuracy_PerSample()
    {
        int[] labels = [1, 1, 2, 2, 0];
        double[][] rows = [[0, 1, 0], [1, 0, 0], [0, 0.4, 0.6], [0, 0.6, 0.4], [0.7, 0.3, 0]];
        string[] expected = ["1", "0", "1", "0", "1"];
        for (var i = 0; i < labels.Length; i++)
        {
            Float32(expected[i], new SparseCategoricalAccuracy().Update([labels[i]], rows[i], columns: 3).Compute());
        }
    }

    [Fact]
    public void TfJs_CategoricalAccuracyAndCrossentropy_PerSample()
    {
        float[] label = [0, 0, 0, 1];
        float[][] rows = [[0.1f, 0.8f, 0.05f, 0.05f], [0.1f, 0.05f, 0.05f, 0.8f]];
        string[] accuracy = ["0", "1"];
        string[] crossentropy = ["2.995732", "0.22314353"];
        for (var i = 0; i < rows.Length; i++)
        {
            Float32(accuracy[i], new CategoricalAccuracy().Update(label, rows[i], columns: 4).Compute());
            Float32(crossentropy[i], new CategoricalCrossentropy().Update(label, rows[i], columns: 4).Compute());
        }
    }

    [Fact]
    public void TfJs_PrecisionAndRecall_OnZeroOneInputs()
    {
        int[] labels = [0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0];
        double[] predictions = [0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 0];
        Float32("0.75", new PrecisionAtThresholds().Update(labels, predictions).Compute()[0]);

        // all-zero predictions: TF.js gives 0, as ZeroDivision.Zero; the default is NaN
        Float32("0", new PrecisionAtThresholds(zeroDivision: ZeroDivision.Zero).Update(labels, new double[12]).Compute()[0]);
        Assert.True(double.IsNaN(new PrecisionAtThresholds().Update(labels, new double[12]).Compute()[0]));
        Float32("0.33333334", new RecallAtThresholds().Update([1, 0, 1, 0, 0, 0, 1], [0.0, 0, 1, 1, 1, 1, 0]).Compute()[0]);
    }
}
