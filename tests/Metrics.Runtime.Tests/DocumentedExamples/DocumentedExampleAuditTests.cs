using System;
using System.Globalization;
using System.Linq;
using Metrics.Runtime.Tests.Custom;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The documented examples that the audit of the peers' documentation (<c>docs/documented-examples.md</c>) found not
/// yet reproduced by the other documented-example tests. Names follow the sources: "Seed002_" (the Keras 3 metrics
/// guide), "Seed003_" (the TF.js exports page), "Keras_" and "Keras2_" (Keras 3 <c>keras.metrics</c> and Keras 2.3.1
/// <c>keras/metrics.py</c>), "TfJs_" (TF.js <c>tf.metrics</c>; where a page gives a value but not its input, the input was read
/// from TF.js's <c>exports_metrics.ts</c> docstrings and <c>metrics_test.ts</c>). Keras and TF.js print float32 values:
/// they are compared to the printed digits with <see cref="Approx.PrintedFloat32"/>, or within a few float32 ulps where
/// the peer's float32 arithmetic lands a few ulps from the exact value (<see cref="Float32Within"/>).
/// </summary>
public sealed class DocumentedExampleAuditTests
{
    // Keras 3 regression docstrings: y_true [[0,1],[0,0]], y_pred [[1,1],[0,0]], then sample_weight [1, 0] per row
    // (a row weight applies to each element of the row).
    private static readonly double[] KerasY = [0, 1, 0, 0];
    private static readonly double[] KerasP = [1, 1, 0, 0];
    private static readonly double[] KerasRowWeights = [1, 1, 0, 0];

    /// <summary>Within <paramref name="ulps"/> float32 ulps of a printed float32 value (exponent notation allowed).</summary>
    private static void Float32Within(string printed, double actual, int ulps)
    {
        var value = float.Parse(printed, CultureInfo.InvariantCulture);
        var ulp = (double)MathF.BitIncrement(Math.Abs(value)) - Math.Abs(value);
        Assert.True(
            Math.Abs(actual - value) <= ulps * ulp,
            string.Create(CultureInfo.InvariantCulture, $"expected {printed} within {ulps} float32 ulps but got {actual:R}"));
    }

    // ------------------------------------------------------------------ seed 002: the Keras 3 metrics guide

    [Fact]
    public void Seed002_Auc_StandaloneUsage_DerivedValues()
    {
        // The guide prints "Intermediate result" and "Final result" without values. Derived: after the first batch
        // every interior threshold of the 200 has TPR 1/3 and FPR 0, so AUC = (1 − 0)·(1 + 1/3)/2 = 2/3; after the
        // second (7 positives, 3 of them scored 1, one negative scored 0) it is (1 + 3/7)/2 = 5/7 = 0.71428573 in
        // float32. On these scores the exact ROC AUC is the same (ties count ½).
        int[] labels1 = [0, 1, 1, 1];
        double[] scores1 = [0, 1, 0, 0];
        int[] labels2 = [1, 1, 1, 1];
        double[] scores2 = [0, 1, 1, 0];

        var binned = new Auc().Update(labels1, scores1);
        var exact = new ExactAuc().Update(labels1, scores1);
        Approx.PrintedFloat32("0.6666667", binned.Compute());
        Approx.Equal(2.0 / 3.0, binned.Compute(), 1e-15, 0);
        Approx.Equal(2.0 / 3.0, exact.Compute(), 1e-15, 0);

        binned.Update(labels2, scores2);
        exact.Update(labels2, scores2);
        Approx.PrintedFloat32("0.71428573", binned.Compute());
        Approx.Equal(5.0 / 7.0, binned.Compute(), 1e-15, 0);
        Approx.Equal(5.0 / 7.0, exact.Compute(), 1e-15, 0);
    }

    [Fact]
    public void Seed002_BinaryTruePositives_CustomMetric_DerivedValues()
    {
        // The guide's custom metric (bool casts, then TP = Σ[y ∧ ŷ]) prints two "Intermediate result"s without values:
        // 1 true positive in the first batch, 2 more in the second.
        double[] labels1 = [0, 1, 1, 1];
        double[] predictions1 = [0, 1, 0, 0];
        double[] labels2 = [1, 1, 1, 1];
        double[] predictions2 = [0, 1, 1, 0];

        var custom = new BinaryTruePositives().Update(labels1, predictions1);
        Assert.Equal(1.0, custom.Compute());
        Assert.Equal(3.0, custom.Update(labels2, predictions2).Compute());

        // The built-in Keras TruePositives (threshold 0.5) counts the same on 0/1 predictions.
        var builtIn = new TruePositives().Update([0, 1, 1, 1], predictions1);
        Assert.Equal(1.0, builtIn.Compute()[0]);
        Assert.Equal(3.0, builtIn.Update([1, 1, 1, 1], predictions2).Compute()[0]);

        // As in Keras' subclass, a sample weight multiplies each element's contribution.
        Assert.Equal(0.5, new BinaryTruePositives().Update(labels2, predictions2, weights: [1, 0.5, 0, 1]).Compute());
    }

    // ------------------------------------------------------------------ seed 003: the TF.js exports page

    [Fact]
    public void Seed003_CosineProximity_PerSample_IsMinus1And0()
    {
        // tf.metrics.cosineProximity([[1,0],[1,0]], [[1,0],[0,1]]).print() // [-1, 0]: the negative cosine per row.
        var proximity = Functional.CosineProximity([1.0, 0, 1, 0], [1.0, 0, 0, 1], 2);
        Assert.Equal(2, proximity.Length);
        Assert.Equal(-1.0, proximity[0]);
        Assert.Equal(0.0, proximity[1]);
    }

    // ------------------------------------------------------------------ peers.md §1.2 reduction metrics

    [Fact]
    public void Keras_Mean_1357_Is4_AndWeighted2()
    {
        double[] values = [1, 3, 5, 7];
        Approx.PrintedFloat32("4.0", new Average().Update(values).Compute());
        Approx.PrintedFloat32("2.0", new Average().Update(values, weights: [1, 1, 0, 0]).Compute());
    }

    [Fact]
    public void Keras_Sum_1357_Is16_AndWeighted4()
    {
        double[] values = [1, 3, 5, 7];
        Approx.PrintedFloat32("16.0", new Sum().Update(values).Compute());
        Approx.PrintedFloat32("4.0", new Sum().Update(values, weights: [1, 1, 0, 0]).Compute());
    }

    // ------------------------------------------------------------------ peers.md §1.4 probabilistic metrics

    [Fact]
    public void Keras_CategoricalCrossentropy_PerSampleValues()
    {
        // The per-sample values behind 1.1769392 and 1.6271976: −log 0.95 and −log 0.1.
        float[,] labels = { { 0, 1, 0 }, { 0, 0, 1 } };
        float[,] scores = { { 0.05f, 0.95f, 0 }, { 0.1f, 0.8f, 0.1f } };
        Approx.PrintedDigits("0.0513", new CategoricalCrossentropy().Update(labels, scores, mask: [true, false]).Compute());
        Approx.PrintedDigits("2.3026", new CategoricalCrossentropy().Update(labels, scores, mask: [false, true]).Compute());
        Approx.PrintedDigits("0.0513", new SparseCategoricalCrossentropy().Update([1, 2], scores, mask: [true, false]).Compute());
        Approx.PrintedDigits("2.3026", new SparseCategoricalCrossentropy().Update([1, 2], scores, mask: [false, true]).Compute());
    }

    // ------------------------------------------------------------------ peers.md §1.5 regression metrics

    [Fact]
    public void Keras_MeanSquaredError_Is0_25() =>
        Approx.PrintedFloat32("0.25", new MeanSquaredError().Update(KerasY, KerasP).Compute());

    [Fact]
    public void Keras_MeanAbsoluteError_Is0_25_AndWeighted0_5()
    {
        Approx.PrintedFloat32("0.25", new MeanAbsoluteError().Update(KerasY, KerasP).Compute());
        Approx.PrintedFloat32("0.5", new MeanAbsoluteError().Update(KerasY, KerasP, weights: KerasRowWeights).Compute());
    }

    [Fact]
    public void Keras_RootMeanSquaredError_Is0_5_AndWeighted0_70710677()
    {
        Approx.PrintedFloat32("0.5", new RootMeanSquaredError().Update(KerasY, KerasP).Compute());
        Approx.PrintedFloat32("0.70710677", new RootMeanSquaredError().Update(KerasY, KerasP, weights: KerasRowWeights).Compute());
    }

    [Fact]
    public void Keras_MeanSquaredLogarithmicError_Is0_12011322_AndWeighted0_24022643()
    {
        // Keras' MeanSquaredLogarithmicError is the (weighted) mean of the per-sample function
        // mean((log(max(p, 1e-7) + 1) − log(max(y, 1e-7) + 1))²): Functional.MeanSquaredLogarithmicError.
        var perSample = Functional.MeanSquaredLogarithmicError(KerasY, KerasP, 2);
        Approx.PrintedFloat32("0.12011322", perSample.Average());
        double[] rowWeights = [1, 0];
        Approx.PrintedFloat32("0.24022643", perSample.Zip(rowWeights, (v, w) => v * w).Sum() / rowWeights.Sum());

        // Deliberate deviation: the stateful MeanSquaredLogError is scikit-learn's and flax's log1p without Keras' clip
        // at 1e-7, so the zero targets give exactly (ln 2)²/4 = 0.1201132535, 3.5e-8 (five float32 ulps) above Keras'
        // print-out (README, "Log transforms").
        var stateful = new MeanSquaredLogError().Update(KerasY, KerasP).Compute();
        Approx.Equal(Math.Log(2) * Math.Log(2) / 4, stateful, 1e-15, 0);
        Approx.Equal(Math.Log(2) * Math.Log(2) / 2, new MeanSquaredLogError().Update(KerasY, KerasP, weights: KerasRowWeights).Compute(), 1e-15, 0);
        Assert.True(Math.Abs(stateful - 0.12011322) > 3e-8, "the clip at 1e-7 is what separates Keras' value from scikit-learn's");
    }

    // ------------------------------------------------------------------ peers.md §2.1 Keras 2.3.1

    [Fact]
    public void Keras2_PerSampleFunctions_ReturnOneValuePerRow_For6x7Inputs()
    {
        // Keras 2.3.1's metrics_functional_test asserts shape (6,) for (6, 7) inputs.
        const int rows = 6;
        const int columns = 7;
        var random = new Random(7);
        var probabilities = Enumerable.Range(0, rows * columns).Select(_ => random.NextDouble()).ToArray();
        var binary = Enumerable.Range(0, rows * columns).Select(_ => (double)random.Next(2)).ToArray();
        var sparse = Enumerable.Range(0, rows).Select(_ => (double)random.Next(columns)).ToArray();
        var oneHot = new double[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            oneHot[(r * columns) + (int)sparse[r]] = 1;
        }

        Assert.All(
            new[]
            {
                Functional.BinaryAccuracy(binary, probabilities, columns),
                Functional.CategoricalAccuracy(oneHot, probabilities, columns),
                Functional.SparseCategoricalAccuracy(sparse, probabilities, columns),
                Functional.TopKCategoricalAccuracy(oneHot, probabilities, columns),
                Functional.SparseTopKCategoricalAccuracy(sparse, probabilities, columns),
                Functional.BinaryCrossentropy(binary, probabilities, columns),
                Functional.CategoricalCrossentropy(oneHot, probabilities, columns),
                Functional.SparseCategoricalCrossentropy(sparse, probabilities, columns),
                Functional.MeanAbsoluteError(binary, probabilities, columns),
                Functional.MeanSquaredError(binary, probabilities, columns),
                Functional.MeanAbsolutePercentageError(binary, probabilities, columns),
                Functional.MeanSquaredLogarithmicError(binary, probabilities, columns),
                Functional.CosineProximity(binary, probabilities, columns),
            },
            perSample => Assert.Equal(rows, perSample.Length));
    }

    // ------------------------------------------------------------------ peers.md §2.2 TF.js

    [Fact]
    public void TfJs_BinaryCrossentropy_OneHotTest()
    {
        // metrics_test.ts "2D one-hot binary yTrue" (Keras 2 reference values, float32): per row the mean of the two
        // columns' clipped sigmoid cross-entropies.
        float[] yTrue = [1, 0, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1];
        float[] yPred = [1, 0, 0.5f, 0.5f, 0, 1, 1, 0, 0.5f, 0.5f, 0, 1];
        string[] expected = ["1.0960467e-07", "6.9314718e-01", "1.6030239e+01", "1.6030239e+01", "6.9314718e-01", "1.0960467e-07"];
        var actual = Functional.BinaryCrossentropy(yTrue, yPred, 2);
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Float32Within(expected[i], actual[i], 4);
        }
    }

    // The exports_metrics.ts docstring of tf.metrics.precision and tf.metrics.recall (printed without values).
    private static readonly double[] DocPrecisionTrue =
    [
        0, 0, 0, 1,
        0, 1, 0, 0,
        0, 0, 0, 1,
        1, 0, 0, 0,
        0, 0, 1, 0,
    ];

    private static readonly double[] DocPrecisionPred =
    [
        0, 0, 1, 0,
        0, 1, 0, 0,
        0, 0, 0, 1,
        0, 1, 0, 0,
        0, 1, 0, 0,
    ];

    [Fact]
    public void TfJs_PrecisionAndRecall_DocExample_Derived0_4()
    {
        // TP 2 (rows 1 and 2), FP 3, FN 3: precision = recall = 2/5 (derived in peers.md §2.2).
        Approx.PrintedFloat32("0.4", Functional.Precision(DocPrecisionTrue, DocPrecisionPred));
        Approx.PrintedFloat32("0.4", Functional.Recall(DocPrecisionTrue, DocPrecisionPred));
        var labels = Array.ConvertAll(DocPrecisionTrue, v => (int)v);
        Approx.PrintedFloat32("0.4", new Precision(threshold: 0.5).Update(labels, DocPrecisionPred).Compute());
        Approx.PrintedFloat32("0.4", new Recall(threshold: 0.5).Update(labels, DocPrecisionPred).Compute());
    }

    private static readonly double[] TestTrue2D = [0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0];
    private static readonly double[] TestPred2D = [0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 0];

    [Fact]
    public void TfJs_Recall_2DTest_Is0_75()
    {
        // metrics_test.ts "recall metric 2D": the precision test's data; TP 3, FN 1.
        Approx.PrintedFloat32("0.75", Functional.Recall(TestTrue2D, TestPred2D));
        Approx.PrintedFloat32("0.75", new RecallAtThresholds().Update(Array.ConvertAll(TestTrue2D, v => (int)v), TestPred2D).Compute()[0]);
    }

    [Fact]
    public void TfJs_MetricsTest_OtherValues()
    {
        // metrics_test.ts "binaryAccuracy 1D exact": 4 of 8 elements agree.
        Approx.PrintedFloat32("0.5", Functional.BinaryAccuracy([1.0, 1, 1, 1, 0, 0, 0, 0], [1.0, 0, 1, 0, 0, 1, 0, 1], 8)[0]);

        // "precision metric 1D": the only predicted positive is a positive.
        Approx.PrintedFloat32("1", Functional.Precision([0.0, 0, 0, 1], [0.0, 0, 0, 1]));

        // "recall metric 2D edge case": no positive label; TF.js gives 0, which is ZeroDivision.Zero here (default NaN).
        var noPositives = new double[12];
        Approx.PrintedFloat32("0", Functional.Recall(noPositives, TestPred2D));
        Assert.True(double.IsNaN(new Recall(threshold: 0.5).Update(new int[12], TestPred2D).Compute()));
    }
}
