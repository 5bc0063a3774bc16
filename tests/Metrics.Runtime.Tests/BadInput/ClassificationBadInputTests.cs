using System;
using System.Numerics.Tensors;
using Xunit;
using static Metrics.Runtime.Tests.Helpers.ArgumentChecks;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Bad input for the classification set (SPEC §7): k above the number of classes, thresholds outside [0, 1], labels
/// outside [0, classes), label rows that are not one-hot, row lengths that differ from NumClasses, invalid parameters
/// and merging different parameters. Each is an <see cref="ArgumentException"/> naming the argument and the values,
/// thrown before anything is accumulated (the state is unchanged).
/// </summary>
public sealed class ClassificationBadInputTests
{
    [Fact]
    public void TopK_KAboveTheNumberOfClasses()
    {
        var m = new SparseTopKCategoricalAccuracy(k: 5).Update([1], new double[,] { { 0.1, 0.2, 0.3, 0.4, 0.5 } });
        var before = m;
        Rejects<ArgumentException>(() => m.Update([0, 1], new double[,] { { 0.1, 0.2, 0.7 }, { 0.3, 0.3, 0.4 } }), "predictions", "3 columns", "K = 5");
        Rejects<ArgumentException>(
            () => new TopKCategoricalAccuracy().Update(new double[,] { { 0, 1, 0 } }, new double[,] { { 0.1, 0.2, 0.7 } }), "predictions", "K = 5");
        Rejects<ArgumentException>(
            () => new TopKCategoricalAccuracy().Update(Tensor.Create(new double[] { 0, 1, 0 }, [1, 3]), Tensor.Create(new double[] { 0.1, 0.2, 0.7 }, [1, 3])), "predictions", "K = 5");
        Assert.Equal(before, m);
    }

    [Fact]
    public void TopK_KMustBePositive()
    {
        Rejects<ArgumentOutOfRangeException>(() => new TopKCategoricalAccuracy(k: 0), "K", "K = 0");
        Rejects<ArgumentOutOfRangeException>(() => new SparseTopKCategoricalAccuracy(k: -2), "K", "K = -2");
    }

    [Fact]
    public void Thresholds_OutsideZeroOne_OrEmpty()
    {
        Rejects<ArgumentOutOfRangeException>(() => new TruePositives([0.2, 1.5]), "Thresholds[1]", "1.5", "[0, 1]");
        Rejects<ArgumentOutOfRangeException>(() => new PrecisionAtThresholds([-0.1]), "Thresholds[0]", "-0.1");
        Rejects<ArgumentOutOfRangeException>(() => new RecallAtThresholds([double.NaN]), "Thresholds[0]", "NaN");
        Rejects<ArgumentException>(() => new FalsePositives { Thresholds = ParameterArray.Create<double>([]) }.Update([1], [0.3]), "Thresholds", "at least one");
    }

    [Fact]
    public void Labels_OutsideTheClasses()
    {
        var m = new MulticlassPrecision(3).Update([0, 1], [0, 2]);
        var before = m.Copy();
        Rejects<ArgumentOutOfRangeException>(() => m.Update([0, 3], [0, 1]), "labels", "labels[1] = 3", "[0, 3)");
        Rejects<ArgumentOutOfRangeException>(() => m.Update([0, 1], [-1, 1]), "predictions", "predictions[0] = -1");
        Assert.Equal(before, m);
        Rejects<ArgumentOutOfRangeException>(() => new SparseCategoricalAccuracy().Update([0, 4], new double[,] { { 1, 0 }, { 0, 1 } }), "labels", "labels[1] = 4", "[0, 2)");
        Rejects<ArgumentOutOfRangeException>(() => new BinaryAccuracy().Update([0, 2], [0.1, 0.9]), "labels", "labels[1] = 2");
        Rejects<ArgumentOutOfRangeException>(() => new TruePositives().Update([1, -1], [0.1, 0.9]), "labels", "labels[1] = -1");
    }

    [Fact]
    public void IgnoredClass_IsExemptFromTheRangeCheck_OtherLabelsAreNot()
    {
        var m = new MeanIoU(2, ignoreClass: 255).Update([0, 255, 1], [0, 1, 1]);
        Assert.Equal(1.0, m.Compute());
        Rejects<ArgumentOutOfRangeException>(() => m.Update([254], [0]), "labels", "labels[0] = 254", "not the ignored class 255");
        var loss = new SparseCategoricalCrossentropy(ignoreClass: -1).Update([-1, 0], new double[,] { { 0.5, 0.5 }, { 0.5, 0.5 } });
        Assert.Equal(1.0, loss.Count);
        Rejects<ArgumentOutOfRangeException>(() => new SparseCategoricalCrossentropy().Update([-1], new double[,] { { 0.5, 0.5 } }), "labels", "labels[0] = -1");
    }

    [Fact]
    public void LabelRows_NotOneHot()
    {
        var m = new OneHotMeanIoU(2).Update(new double[,] { { 0, 1 } }, new double[,] { { 0.2, 0.8 } });
        var before = m;
        Rejects<ArgumentException>(() => m.Update(new double[,] { { 0, 1 }, { 0.5, 0.5 } }, new double[,] { { 0.2, 0.8 }, { 0.3, 0.7 } }), "labels", "row 1 = [0.5, 0.5]", "not one-hot");
        Rejects<ArgumentException>(() => m.Update(new float[,] { { 1, 1 } }, new float[,] { { 0.2f, 0.8f } }), "labels", "row 0 = [1, 1]");
        Rejects<ArgumentException>(() => m.Update(new double[,] { { 0, 0 } }, new double[,] { { 0.2, 0.8 } }), "labels", "row 0 = [0, 0]");
        Rejects<ArgumentException>(() => new OneHotMeanIoU(2).Update(new double[,] { { 0, 2 } }, new double[,] { { 0.2, 0.8 } }), "labels", "not one-hot");
        Assert.Equal(before, m);

        // A masked-out row (padding) is not checked.
        var masked = new OneHotMeanIoU(2).Update(new double[,] { { 0, 1 }, { 7, 7 } }, new double[,] { { 0.2, 0.8 }, { 0.3, 0.7 } }, mask: [true, false]);
        Assert.Equal(before, masked);
    }

    [Fact]
    public void Rows_MustHaveNumClassesColumns()
    {
        Rejects<ArgumentException>(() => new MeanIoU(3).Update([0, 1], new double[,] { { 0.2, 0.8 }, { 0.3, 0.7 } }), "predictions", "2 columns", "NumClasses = 3");
        Rejects<ArgumentException>(() => new FBetaScore(4).Update(new double[,] { { 0, 1, 0 } }, new double[,] { { 0.2, 0.7, 0.1 } }), "predictions", "NumClasses = 4");
    }

    [Fact]
    public void InvalidParameters()
    {
        Rejects<ArgumentOutOfRangeException>(() => new BinaryCrossentropy(labelSmoothing: 1.5), "LabelSmoothing", "1.5");
        Rejects<ArgumentOutOfRangeException>(() => new FBetaScore(3, beta: 0), "Beta", "Beta = 0");
        Rejects<ArgumentOutOfRangeException>(() => new CohenKappa(3, (KappaWeighting)7), "Weighting", "7");
        Rejects<ArgumentOutOfRangeException>(() => new ConfusionMatrix(3, (ConfusionNormalization)9), "Normalize", "9");
        Rejects<ArgumentOutOfRangeException>(() => new MulticlassRecall(0), "NumClasses", "NumClasses = 0");
        Rejects<ArgumentOutOfRangeException>(() => new BinaryIoU(targetClassIds: [0, 2]), "TargetClassIds[1]", "2");
        var iou = new IoU(2, [0, 5]).Update([0, 1], [0, 1]);
        Rejects<ArgumentOutOfRangeException>(() => _ = iou.Compute(), "TargetClassIds", "TargetClassIds[1] = 5", "[0, 2)");
    }

    // The MET025 analyzer reports these merges at compile time; here they are deliberate, to check the runtime guard.
#pragma warning disable MET025
    [Fact]
    public void MergingDifferentParameters()
    {
        Rejects<ArgumentException>(() => _ = new TruePositives([0.3]).Merge(new TruePositives([0.4])), "other", "[0.3]", "[0.4]");
        Rejects<ArgumentException>(() => _ = new FBetaScore(3).Merge(new FBetaScore(3, beta: 2)), "other", "Beta: 1", "Beta: 2");
        Rejects<ArgumentException>(() => _ = new SparseCategoricalCrossentropy(ignoreClass: 1).Merge(new SparseCategoricalCrossentropy()), "other", "IgnoreClass: 1");

        // Equal lists built separately are the same parameter.
        var merged = new TruePositives([0.3, 0.6]).Update([1], [0.5]).Merge(new TruePositives([0.3, 0.6]).Update([1], [0.9]));
        Assert.Equal([2.0, 1.0], merged.Compute());
    }
#pragma warning restore MET025
}
