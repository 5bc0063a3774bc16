using System;
using System.Collections.Generic;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests.BadInput;

/// <summary>
/// The failures the bad-input matrix found outside the other branches of issue 12, each pinned on the typed API too:
/// a NaN score kept by the exact multi-class AUCs (every later Compute and ToString threw), soft labels outside [0, 1]
/// counted by the multi-label F-score, a NaN gain turned into 0 by NDCG, and two built-ins the registry could not
/// create with their defaults.
/// </summary>
public sealed class MatrixFindingsTests
{
    [Fact]
    public void OneVsRestAucRejectsANaNScoreBeforeKeepingIt()
    {
        var auc = new OneVsRestAuc().Update([0, 1], [0.2, 0.8, 0.7, 0.3], 2);
        var before = auc.Copy();
        ArgumentChecks.Rejects<ArgumentException>(() => auc.Update([0, 1], [0.2, double.NaN, 0.7, 0.3], 2), "predictions", "NaN");
        Assert.Equal(before, auc);
        Assert.Equal(before.Compute(), auc.Compute());
    }

    [Fact]
    public void MultiLabelAucRejectsANaNScoreBeforeKeepingIt()
    {
        var auc = new MultiLabelAuc().Update([1, 0, 0, 1], [0.9, 0.2, 0.3, 0.8], 2);
        var before = auc.Copy();
        ArgumentChecks.Rejects<ArgumentException>(() => auc.Update([1, 0, 0, 1], [0.9, 0.2, double.NaN, 0.8], 2), "predictions", "NaN");
        Assert.Equal(before, auc);
        Assert.Equal(before.Compute(), auc.Compute());
    }

    [Theory]
    [InlineData(-1.0, "labels row 1, column 0 = -1")]
    [InlineData(2.0, "labels row 1, column 0 = 2")]
    [InlineData(double.NaN, "labels row 1, column 0 = NaN")]
    [InlineData(double.PositiveInfinity, "labels row 1, column 0 = Infinity")]
    public void MultiLabelFBetaScoreRejectsLabelsOutsideTheUnitInterval(double label, string fragment)
    {
        var f = new MultiLabelFBetaScore(numLabels: 2).Update([1.0, 0.0], [0.9, 0.1], 2);
        var before = f.Copy();
        ArgumentChecks.Rejects<ArgumentOutOfRangeException>(() => f.Update([1.0, 0.0, label, 1.0], [0.9, 0.1, 0.2, 0.8], 2), "labels", fragment, "[0, 1]");
        Assert.Equal(before, f);
    }

    [Fact]
    public void MultiLabelFBetaScoreStillCountsSoftLabelsAndSkipsMaskedRows()
    {
        var soft = new MultiLabelFBetaScore(numLabels: 2, threshold: 0.5).Update([0.5, 0.25], [0.9, 0.1], 2);
        Assert.False(double.IsNaN(soft.Compute()));
        var masked = new MultiLabelFBetaScore(numLabels: 2, threshold: 0.5).Update([0.5, 0.25, -7, 9], [0.9, 0.1, 0.2, 0.8], 2, [true, false]);
        Assert.Equal(soft, masked);
    }

    [Fact]
    public void NdcgPropagatesANaNGainAsDcgDoes()
    {
        // The NaN gain ranks in the ideal ordering too: the ideal DCG is NaN, which is not "no relevant item".
        double[] labels = [double.NaN, 2, 1];
        double[] scores = [0.1, 0.3, 0.6];
        Assert.True(double.IsNaN(new DCG().Update(labels, scores, 3).Compute()));
        Assert.True(double.IsNaN(new NDCG().Update(labels, scores, 3).Compute()));
        Assert.Equal(0.0, new NDCG().Update([0.0, 0, 0], scores, 3).Compute());
    }

    [Fact]
    public void TheRegistryCreatesListParametersWithTheirDeclaredDefaults()
    {
        Assert.Equal(new BinaryIoU(), MetricRegistry.Create("binary_io_u").State);
        Assert.Equal(new BinaryIoU(threshold: 0.3), MetricRegistry.Create("binary_io_u", new Dictionary<string, object?> { ["threshold"] = 0.3 }).State);
        Assert.Equal(new MultiLabelBinnedAuc(numLabels: 3), MetricRegistry.Create("multi_label_binned_auc", new Dictionary<string, object?> { ["num_labels"] = 3 }).State);
        var missing = Assert.Throws<ArgumentException>(() => MetricRegistry.Create("multi_label_binned_auc"));
        Assert.Equal("NumLabels", missing.ParamName);
    }
}
