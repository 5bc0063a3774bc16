using System;
using System.Numerics.Tensors;
using Metrics;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>Batch updates of fixed-size states allocate nothing (measured in bytes, never in time).</summary>
public sealed class AllocationTests
{
    private static readonly double[] Labels = MakeData(4096, 1);
    private static readonly double[] Predictions = MakeData(4096, 2);
    private static readonly double[] Weights = MakeData(4096, 3);
    private static readonly bool[] Mask = Array.ConvertAll(MakeData(4096, 4), x => x > 0.5);
    private static readonly int[] BinaryLabels = Array.ConvertAll(Labels, x => x > 0.5 ? 1 : 0);
    private static readonly float[,] Rows = new float[512, 8];
    private static readonly int[] RowLabels = new int[512];

    [Fact]
    public void PairUpdatesAllocateNothing()
    {
        var mse = new MeanSquaredError();
        var recall = new Recall();
        AssertNoAllocation(() =>
        {
            mse.Update(Labels, Predictions);
            mse.Update(Labels.AsSpan(), Predictions.AsSpan(), Mask.AsSpan(), Weights.AsSpan());
            recall.Update(BinaryLabels, Predictions, Mask, Weights);
        });
        Assert.True(mse.Count > 130 * 4096, "the updates inside the measured lambda reached the metric");
    }

    [Fact]
    public void RowAndValueUpdatesAllocateNothing()
    {
        var accuracy = new Accuracy();
        var welford = new Welford();
        AssertNoAllocation(() =>
        {
            accuracy.Update(RowLabels, Rows);
            welford.Update(Predictions, Mask, Weights);
        });
    }

    [Fact]
    public void DenseTensorUpdatesAllocateNothing()
    {
        var labels = Tensor.Create(Labels, [64, 64]);
        var predictions = Tensor.Create(Predictions, [64, 64]);
        var mae = new MeanAbsoluteError();
        AssertNoAllocation(() => mae.Update(labels, predictions));
    }

    // Steady state: a genuinely allocating update allocates in every round, so one round of 0 bytes proves the update
    // allocates nothing. Under load, tiered compilation may still be promoting the code during the first rounds
    // (runtime helpers of tier-0 code allocate on this thread), so the rounds pause to let it finish.
    internal static void AssertNoAllocation(Action update)
    {
        for (var i = 0; i < 100; i++)
        {
            update();
        }

        var smallest = long.MaxValue;
        for (var round = 0; round < 30 && smallest != 0; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 10; i++)
            {
                update();
            }

            smallest = Math.Min(smallest, GC.GetAllocatedBytesForCurrentThread() - before);
            System.Threading.Thread.Sleep(20);
        }

        Assert.True(smallest == 0, $"{smallest} bytes allocated by 10 updates in the best of 30 rounds.");
    }

    private static double[] MakeData(int length, int seed)
    {
        var random = new Random(seed);
        var data = new double[length];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = random.NextDouble();
        }

        return data;
    }
}
