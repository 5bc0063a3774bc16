using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace Metrics.Plotting.Tests;

public sealed class MetricPlotTests
{
    private static string Three(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    [Fact]
    public void OneVsRestRocPlotHasACurvePerClassWithItsAuc()
    {
        var (labels, scores) = ThreeClasses(240, seed: 4);
        var metric = new OneVsRestAuc().Update(labels, scores);
        var perClass = metric.PerClass();

        using var rendered = new RenderedPlot(metric.PlotRoc(["cat", "dog", "bird"]), "roc-ovr");

        for (var c = 0; c < 3; c++)
        {
            Assert.Contains($"{new[] { "cat", "dog", "bird" }[c]} (AUC = {Three(perClass[c])})", rendered.Texts);
        }

        Assert.Contains("Chance (AUC = 0.500)", rendered.Texts);
    }

    [Fact]
    public void OneVsRestRocPlotLeavesOutAClassNeverSeenAndNamesClassesByIndex()
    {
        int[] labels = [0, 1, 0, 1, 0, 1];
        var scores = new double[6, 3];
        for (var i = 0; i < 6; i++)
        {
            scores[i, 0] = 0.1 * i;
            scores[i, 1] = 1 - (0.1 * i);
            scores[i, 2] = 0.5;
        }

        using var rendered = new RenderedPlot(new OneVsRestAuc().Update(labels, scores).PlotRoc(), "roc-ovr-two");

        Assert.Contains(rendered.Texts, t => t.StartsWith("class 0 (AUC = ", StringComparison.Ordinal));
        Assert.Contains(rendered.Texts, t => t.StartsWith("class 1 (AUC = ", StringComparison.Ordinal));
        Assert.DoesNotContain(rendered.Texts, t => t.StartsWith("class 2", StringComparison.Ordinal));
    }

    [Fact]
    public void OneVsRestRocPlotRefusesWrongNamesAndAnEmptyMetric()
    {
        var (labels, scores) = ThreeClasses(30, seed: 5);
        var metric = new OneVsRestAuc().Update(labels, scores);
        var names = Assert.Throws<ArgumentException>(() => metric.PlotRoc(["a", "b"]));
        Assert.Contains("2 class names were given for 3 classes", names.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new OneVsRestAuc().PlotRoc());
    }

    [Fact]
    public void ReliabilityPlotsOfTheCalibrationMetricsDrawTheirBins()
    {
        var (labels, scores) = Samples.Binary(400, seed: 6);
        var curve = new CalibrationCurve { NumBins = 10 }.Update(labels, scores);
        var error = new CalibrationError { NumBins = 10 }.Update(labels, scores);

        using var fromCurve = new RenderedPlot(curve.PlotReliability("Logistic"), "reliability-curve");
        using var fromError = new RenderedPlot(error.PlotReliability("Logistic"), "reliability-error");

        foreach (var rendered in new[] { fromCurve, fromError })
        {
            Assert.Contains("Logistic", rendered.Texts);
            Assert.Contains("Samples per bin (right axis)", rendered.Texts);
        }

        Assert.Throws<ArgumentException>(() => new CalibrationCurve().PlotReliability());
        Assert.Throws<ArgumentException>(() => new CalibrationError().PlotReliability());
    }

    private static (int[] Labels, double[,] Scores) ThreeClasses(int count, int seed)
    {
        var random = new Random(seed);
        var labels = new int[count];
        var scores = new double[count, 3];
        for (var i = 0; i < count; i++)
        {
            labels[i] = i % 3;
            for (var c = 0; c < 3; c++)
            {
                scores[i, c] = random.NextDouble() + (c == labels[i] ? 0.4 + (0.2 * c) : 0);
            }
        }

        return (labels, scores);
    }
}
