using System;
using System.Collections.Generic;
using Xunit;
using static Metrics.Runtime.Tests.Helpers.ArgumentChecks;

namespace Metrics.Runtime.Tests;

/// <summary>
/// A state array sized by parameters beyond what an array can hold is an <see cref="ArgumentOutOfRangeException"/>
/// naming the parameter and the limit, raised before anything is allocated: never an <see cref="OverflowException"/>
/// from the size product, nor a wrapped-around size that fails later with an index error.
/// </summary>
public sealed class StateSizeLimitTests
{
    private const string Limit = "2147483591";

    [Fact]
    public void ConfusionMatrixTooManyClassesNamesNumClassesAndTheLimit() =>
        Rejects<ArgumentOutOfRangeException>(
            () => new ConfusionMatrix(50000).Update(new[] { 1 }, new[] { 1 }), "NumClasses", "Counts", "NumClasses × NumClasses = 2500000000 cells", "NumClasses: 50000", Limit);

    [Fact]
    public void MeanIoUTooManyClassesNamesNumClassesAndTheLimit() =>
        Rejects<ArgumentOutOfRangeException>(
            () => new MeanIoU(50000).Update(new[] { 1 }, new[] { 1 }), "NumClasses", "Counts", Limit);

    [Fact]
    public void NumClassesByNameThroughTheRegistryIsRejectedClearly() =>
        Rejects<ArgumentOutOfRangeException>(
            () => MetricRegistry.Create("confusion_matrix", new Dictionary<string, object?> { ["num_classes"] = int.MaxValue }),
            "NumClasses", Limit);

    [Fact]
    public void BinnedAucWithIntMaxThresholdsNamesTheSizeAndTheLimit() =>
        Rejects<ArgumentOutOfRangeException>(
            () => new Auc(int.MaxValue).Update(new[] { 1 }, new[] { 0.5 }), "NumThresholds", "Counts", "Cells = 4294967296 cells", "NumThresholds: 2147483647", Limit);

    [Fact]
    public void MultiLabelBinnedAucWhoseCellsOverflowIntIsRejectedClearly() =>
        Rejects<ArgumentOutOfRangeException>(
            () => new MultiLabelBinnedAuc(numLabels: 100_000, numThresholds: 100_000),
            "NumLabels", "Counts", "CountCells", Limit);

    [Fact]
    public void TheLargestSizeThatFitsIsNotRejectedByTheCheck()
    {
        // 46340² = 2147395600 ≤ Array.MaxLength: construction passes the size check (nothing is allocated yet).
        var metric = new ConfusionMatrix(46340);
        Assert.Equal(46340, metric.NumClasses);
    }
}
