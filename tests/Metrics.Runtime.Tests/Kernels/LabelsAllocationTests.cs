using System;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Row updates with class_id, top_k and per-label binned AUC allocate nothing once their state exists (array states
/// are allocated by the first update); measured in bytes, never in time.
/// </summary>
[Collection(nameof(AllocationProbe))]
public sealed class LabelsAllocationTests
{
    private const int Rows = 256;
    private const int Columns = 5;

    private static readonly Random Rng = new(9);
    private static readonly int[] Labels = Array.ConvertAll(new int[Rows * Columns], _ => Rng.Next(0, 2));
    private static readonly double[] Scores = Array.ConvertAll(new double[Rows * Columns], _ => Rng.NextDouble());
    private static readonly double[] Weights = Array.ConvertAll(new double[Rows], _ => Rng.NextDouble());
    private static readonly bool[] Mask = Array.ConvertAll(new bool[Rows], _ => Rng.NextDouble() < 0.8);

    [Fact]
    public void RowUpdatesAllocateNothing()
    {
        var truePositives = new TruePositives([0.2, 0.5, 0.8], classId: 3);
        var recall = new RecallAtThresholds([0.5]);
        var precisionAtRecall = new PrecisionAtRecall(0.5, classId: 1);
        var topK = new TopKPrecision(2, classId: 4);
        var topKRecall = new TopKRecall(3, threshold: 0.3);
        var auc = new MultiLabelBinnedAuc(Columns, labelWeights: [1, 2, 3, 4, 5]);
        AllocationProbe.AssertNoAllocation(() => truePositives.Update(Labels, Scores, Columns, Mask, Weights));
        AllocationProbe.AssertNoAllocation(() => recall.Update(Labels, Scores, Columns));
        AllocationProbe.AssertNoAllocation(() => precisionAtRecall.Update(Labels, Scores, Columns, Weights));
        AllocationProbe.AssertNoAllocation(() => topK.Update(Labels, Scores, Columns, Mask));
        AllocationProbe.AssertNoAllocation(() => topKRecall.Update(Labels, Scores, Columns));
        AllocationProbe.AssertNoAllocation(() => auc.Update(Labels, Scores, Columns, Mask, Weights));
    }
}
