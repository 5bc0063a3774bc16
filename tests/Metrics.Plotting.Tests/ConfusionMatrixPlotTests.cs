using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace Metrics.Plotting.Tests;

public sealed class ConfusionMatrixPlotTests
{
    private static readonly int[] Labels = [0, 0, 0, 1, 1, 2, 2, 2, 2, 1, 0, 2];
    private static readonly int[] Predictions = [0, 1, 0, 1, 1, 2, 0, 2, 2, 2, 0, 2];

    [Fact]
    public void CountsAnnotateEveryCellAndClassNamesLabelTheAxes()
    {
        var metric = new ConfusionMatrix(numClasses: 3).Update(Labels, Predictions);
        var matrix = metric.Compute();

        using var rendered = new RenderedPlot(metric.PlotConfusionMatrix(["cat", "dog", "bird"]), "confusion");

        var texts = rendered.Texts;
        foreach (var name in new[] { "cat", "dog", "bird", "Predicted class", "True class", "Confusion matrix" })
        {
            Assert.Contains(name, texts);
        }

        var cells = matrix.Cast<double>().Select(v => v.ToString(CultureInfo.InvariantCulture)).ToArray();
        Assert.All(cells.Distinct(), cell => Assert.True(texts.Count(t => t == cell) >= cells.Count(c => c == cell), $"cell text {cell}"));
        Assert.True(rendered.Count("rect") >= 9 || rendered.Count("path") >= 9);
    }

    [Fact]
    public void NormalizedCellsShowFractions()
    {
        var metric = new ConfusionMatrix(numClasses: 3).Update(Labels, Predictions);
        var normalized = (metric with { Normalize = ConfusionNormalization.True }).Compute();

        using var rendered = new RenderedPlot(metric.PlotConfusionMatrix(normalize: ConfusionNormalization.True), "confusion-normalized");

        Assert.Contains("Confusion matrix (rows sum to 1)", rendered.Texts);
        foreach (var value in normalized)
        {
            Assert.Contains(value.ToString("0.00", CultureInfo.InvariantCulture), rendered.Texts);
        }
    }

    [Fact]
    public void AnEmptyRowOfANormalizedMatrixIsShownAsNaN()
    {
        var metric = new ConfusionMatrix(numClasses: 3, normalize: ConfusionNormalization.True).Update([0, 1], [0, 1]);

        using var rendered = new RenderedPlot(metric.PlotConfusionMatrix(), "confusion-nan");

        Assert.Equal(3, rendered.Texts.Count(t => t == "NaN"));
    }

    [Fact]
    public void TheWrongNumberOfClassNamesIsRefused()
    {
        var metric = new ConfusionMatrix(numClasses: 3).Update(Labels, Predictions);

        var e = Assert.Throws<ArgumentException>(() => metric.PlotConfusionMatrix(["a", "b"]));

        Assert.Equal("classNames", e.ParamName);
        Assert.Contains("2 class names", e.Message, StringComparison.Ordinal);
        Assert.Contains("3 classes", e.Message, StringComparison.Ordinal);
    }
}
