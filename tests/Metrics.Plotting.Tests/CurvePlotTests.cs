using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace Metrics.Plotting.Tests;

public sealed class CurvePlotTests
{
    private static string Three(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    [Fact]
    public void RocPlotShowsTheCurveAndItsAucInTheLegend()
    {
        var (labels, scores) = Samples.Binary(300, seed: 1);
        var metric = new ExactAuc().Update(labels, scores);

        using var rendered = new RenderedPlot(metric.PlotRoc("Model"), "roc");

        Assert.Contains($"Model (AUC = {Three(metric.Compute())})", rendered.Texts);
        Assert.Contains("False positive rate", rendered.Texts);
        Assert.True(rendered.Count("path") > 0);
    }

    [Fact]
    public void RocPlotHoldsEveryAddedModel()
    {
        var (labels, scores) = Samples.Binary(300, seed: 2);
        var (_, weakScores) = Samples.Binary(300, seed: 3, separation: 0.05);
        var strong = new ExactAuc().Update(labels, scores);
        var weak = new ExactAuc().Update(labels, weakScores);
        var builder = new RocPlot { Title = "Two models" }.Add("strong", strong).Add("weak", weak);

        using var rendered = new RenderedPlot(builder.ToPlot(), "roc-two");

        Assert.Equal(2, builder.Count);
        Assert.Contains($"strong (AUC = {Three(strong.Compute())})", rendered.Texts);
        Assert.Contains($"weak (AUC = {Three(weak.Compute())})", rendered.Texts);
        Assert.Contains("Two models", rendered.Texts);
        Assert.NotEqual(Three(strong.Compute()), Three(weak.Compute()));
    }

    [Fact]
    public void RocPlotOfAPrecisionRecallExactAucStillShowsTheRocArea()
    {
        var (labels, scores) = Samples.Binary(200, seed: 4);
        var rocArea = new ExactAuc().Update(labels, scores).Compute();
        var prMetric = new ExactAuc(curve: AucCurve.PrecisionRecall).Update(labels, scores);

        using var rendered = new RenderedPlot(prMetric.PlotRoc("m"), "roc-from-pr");

        Assert.Contains($"m (AUC = {Three(rocArea)})", rendered.Texts);
    }

    [Fact]
    public void PrecisionRecallPlotShowsAveragePrecision()
    {
        var (labels, scores) = Samples.Binary(300, seed: 5);
        var metric = new AveragePrecision().Update(labels, scores);

        using var rendered = new RenderedPlot(metric.PlotPrecisionRecall("Model"), "pr");

        Assert.Contains($"Model (AP = {Three(metric.Compute())})", rendered.Texts);
        Assert.Contains("Recall", rendered.Texts);
        Assert.Contains("Precision", rendered.Texts);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(11)]
    public void AveragePrecisionFromThePointsEqualsTheMetric(int seed)
    {
        var (labels, scores) = Samples.Binary(500, seed);
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = Math.Round(scores[i], 1); // ties
        }

        var averagePrecision = new AveragePrecision().Update(labels, scores);
        var exact = new ExactAuc().Update(labels, scores);

        Assert.Equal(averagePrecision.Compute(), PrecisionRecallPlot.StepAveragePrecision(exact.PrecisionRecallCurve()), 12);
    }

    [Fact]
    public void PrecisionRecallPlotOfExactAucLabelsItWithAveragePrecisionNotTheTrapezoid()
    {
        var (labels, scores) = Samples.Binary(100, seed: 6);
        var exact = new ExactAuc(curve: AucCurve.PrecisionRecall).Update(labels, scores);
        var averagePrecision = new AveragePrecision().Update(labels, scores).Compute();

        using var rendered = new RenderedPlot(new PrecisionRecallPlot().Add("a", exact).Add("b", new AveragePrecision().Update(labels, scores)).ToPlot(), "pr-two");

        Assert.Equal(2, rendered.Texts.Count(t => t.EndsWith($"(AP = {Three(averagePrecision)})", StringComparison.Ordinal)));
        Assert.NotEqual(Three(exact.Compute()), Three(averagePrecision));
    }

    [Fact]
    public void ACurveOfOneClassIsRefusedByName()
    {
        var metric = new ExactAuc().Update([1, 1, 1], [0.2, 0.5, 0.9]);

        var e = Assert.Throws<ArgumentException>(() => new RocPlot().Add("only positives", metric));

        Assert.Contains("'only positives'", e.Message, StringComparison.Ordinal);
        Assert.Contains("NaN", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyMetricIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new ExactAuc().PlotRoc());
        Assert.Throws<ArgumentException>(() => new AveragePrecision().PlotPrecisionRecall());
    }

    [Fact]
    public void BadCurvesAndEmptyBuildersAreRefused()
    {
        Assert.Throws<InvalidOperationException>(() => new RocPlot().ToPlot());
        Assert.Throws<InvalidOperationException>(() => new PrecisionRecallPlot().ToPlot());
        var points = new RocCurvePoints([0, 0.5, 1], [0, 1], [double.PositiveInfinity, 0.5, 0.1]);
        var mismatch = Assert.Throws<ArgumentException>(() => new RocPlot().Add("m", points, 0.5));
        Assert.Contains("3 FalsePositiveRates but 2 TruePositiveRates", mismatch.Message, StringComparison.Ordinal);
        var outside = new RocCurvePoints([0, 1.5], [0, 1], [1, 0]);
        Assert.Contains("FalsePositiveRates[1] = 1.5", Assert.Throws<ArgumentException>(() => new RocPlot().Add("m", outside, 0.5)).Message, StringComparison.Ordinal);
        var good = new RocCurvePoints([0, 1], [0, 1], [1, 0]);
        Assert.Equal("auc", Assert.Throws<ArgumentOutOfRangeException>(() => new RocPlot().Add("m", good, 1.2)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new RocPlot().Add("", good, 0.5)).ParamName);
    }
}
