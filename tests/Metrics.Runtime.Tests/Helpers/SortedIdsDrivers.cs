using System;
using System.Collections.Generic;
using System.Linq;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>Property-test drivers of <see cref="SparseTopKSortedIdsAccuracy"/> (Keras' <c>from_sorted_ids=True</c>).</summary>
internal static class SortedIdsDrivers
{
    public static readonly IReadOnlyList<IMetricDriver> All = [new SparseTopKSortedIdsAccuracyDriver()];
}

/// <summary>Labels in [0, 6) and rows of four IDs in [0, 6), repeats allowed; masked-out rows get IDs and labels no row has.</summary>
internal sealed class SparseTopKSortedIdsAccuracyDriver : MetricDriver<SparseTopKSortedIdsAccuracy>
{
    private const int Width = 4;

    public override SparseTopKSortedIdsAccuracy Create() => new(k: 2);

    public override SparseTopKSortedIdsAccuracy? CreateOther() => new(k: 7);

    public override Batch Generate(Random rng, int rows)
    {
        var labels = Enumerable.Range(0, rows).Select(_ => (double)rng.Next(0, 6)).ToArray();
        var ids = Enumerable.Range(0, rows * Width).Select(_ => (double)rng.Next(0, 6)).ToArray();
        return new Batch(rows, 1, Width, labels, ids);
    }

    public override Batch Poison(Batch batch, bool[] rows, bool outOfRange) => batch.Poison(rows, -7, -9);

    public override SparseTopKSortedIdsAccuracy Update(SparseTopKSortedIdsAccuracy m, Batch b, bool[]? mask, double[]? weights) =>
        m.Update(b.IntLabels, ToRows(b.IntPredictions, Width), mask, weights);

    public override double[] Exact(SparseTopKSortedIdsAccuracy m) => [m.Correct, m.Count, m.Compute()];

    public override double[] Approximate(SparseTopKSortedIdsAccuracy m) => [];

    private static int[,] ToRows(int[] flat, int columns) => RegressionCase.Rows(flat, columns);
}
