using System;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Batch updates of the classification set allocate nothing once their state exists (array states are allocated by
/// the first update); measured in bytes, never in time.
/// </summary>
public sealed class ClassificationAllocationTests
{
    private const int Rows = 512;
    private const int Classes = 8;

    private static readonly Random Rng = new(7);
    private static readonly int[] Binary = Array.ConvertAll(new int[Rows * Classes], _ => Rng.Next(0, 2));
    private static readonly double[] BinaryAsDouble = Array.ConvertAll(Binary, b => (double)b);
    private static readonly double[] Scores = Array.ConvertAll(new double[Rows * Classes], _ => Rng.NextDouble());
    private static readonly double[] Weights = Array.ConvertAll(new double[Rows * Classes], _ => Rng.NextDouble());
    private static readonly bool[] Mask = Array.ConvertAll(new bool[Rows * Classes], _ => Rng.NextDouble() < 0.8);
    private static readonly int[] Labels = Array.ConvertAll(new int[Rows], _ => Rng.Next(0, Classes));
    private static readonly int[] Predictions = Array.ConvertAll(new int[Rows], _ => Rng.Next(0, Classes));
    private static readonly double[,] ScoreRows = new double[Rows, Classes];
    private static readonly double[,] OneHot = MakeOneHot();
    private static readonly double[] RowWeights = Array.ConvertAll(new double[Rows], _ => Rng.NextDouble());

    [Fact]
    public void PairUpdatesAllocateNothing()
    {
        var accuracy = new BinaryAccuracy();
        var crossentropy = new BinaryCrossentropy();
        var truePositives = new TruePositives([0.2, 0.5, 0.8]);
        var precision = new MulticlassPrecision(Classes);
        var iou = new MeanIoU(Classes, ignoreClass: 255);
        AssertNoAllocation(() => accuracy.Update(Binary, Scores, Mask, Weights));
        AssertNoAllocation(() => crossentropy.Update(BinaryAsDouble, Scores));
        AssertNoAllocation(() => truePositives.Update(Binary, Scores, Mask, Weights));
        AssertNoAllocation(() => precision.Update(Labels, Predictions));
        AssertNoAllocation(() => iou.Update(Labels.AsSpan(), Predictions.AsSpan(), RowWeights.AsSpan()));
        Assert.True(truePositives.Positives > 0);
    }

    [Fact]
    public void RowUpdatesAllocateNothing()
    {
        var topK = new SparseTopKCategoricalAccuracy(k: 3);
        var categorical = new TopKCategoricalAccuracy(k: 2);
        var crossentropy = new CategoricalCrossentropy(labelSmoothing: 0.1);
        var sparse = new SparseCategoricalCrossentropy(ignoreClass: 0);
        var fbeta = new FBetaScore(Classes);
        AssertNoAllocation(() => topK.Update(Labels, ScoreRows));
        AssertNoAllocation(() => categorical.Update(OneHot, ScoreRows, null, RowWeights));
        AssertNoAllocation(() => crossentropy.Update(OneHot, ScoreRows));
        AssertNoAllocation(() => sparse.Update(Labels, ScoreRows));
        AssertNoAllocation(() => fbeta.Update(Labels, ScoreRows));
    }

    private static double[,] MakeOneHot()
    {
        var rows = new double[Rows, Classes];
        for (var r = 0; r < Rows; r++)
        {
            ScoreRows[r, r % Classes] = 1 + Rng.NextDouble();
            for (var c = 0; c < Classes; c++)
            {
                ScoreRows[r, c] += Rng.NextDouble();
            }

            rows[r, Labels[r]] = 1;
        }

        return rows;
    }

    // Steady state after warm-up; the smallest of three measured rounds must be 0 bytes.
    private static void AssertNoAllocation(Action update)
    {
        for (var i = 0; i < 100; i++)
        {
            update();
        }

        var smallest = long.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 10; i++)
            {
                update();
            }

            smallest = Math.Min(smallest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.True(smallest == 0, $"{smallest} bytes allocated by 10 updates.");
    }
}
