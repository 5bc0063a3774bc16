using System;
using Xunit;

namespace Metrics.Plotting.Tests;

public sealed class ThresholdPlotTests
{
    [Fact]
    public void BinnedAucShowsPrecisionRecallAndF1()
    {
        var (labels, scores) = Samples.Binary(400, seed: 8);
        var metric = new Auc(numThresholds: 50).Update(labels, scores);

        using var rendered = new RenderedPlot(metric.PlotThresholds(), "thresholds-auc");

        Assert.Contains("Precision", rendered.Texts);
        Assert.Contains("Recall", rendered.Texts);
        Assert.Contains("F1", rendered.Texts);
        Assert.Contains("Threshold (positive iff score > threshold)", rendered.Texts);
    }

    [Fact]
    public void ConfusionCountMetricsShowTheirThresholds()
    {
        var (labels, scores) = Samples.Binary(400, seed: 9);
        ParameterArray<double> thresholds = [0.7, 0.1, 0.3, 0.5, 0.9];
        var precision = new PrecisionAtThresholds(thresholds: thresholds).Update(labels, scores);
        var recall = new RecallAtThresholds(thresholds: thresholds).Update(labels, scores);

        using var fromPrecision = new RenderedPlot(precision.PlotThresholds(), "thresholds-precision");
        using var fromRecall = new RenderedPlot(recall.PlotThresholds(), "thresholds-recall");

        Assert.Contains("F1", fromPrecision.Texts);
        Assert.Equal(fromPrecision.PathData, fromRecall.PathData);
    }

    [Fact]
    public void AMetricThatSawNoSampleIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new Auc().PlotThresholds());
        Assert.Throws<ArgumentException>(() => new PrecisionAtThresholds().PlotThresholds());
    }
}
