using System;
using Xunit;

namespace Metrics.Plotting.Tests;

public sealed class ReliabilityDiagramTests
{
    private static readonly double[] Mean = [0.05, 0.15, double.NaN, 0.55, 0.8, 0.95];
    private static readonly double[] Fraction = [0.02, 0.2, double.NaN, 0.45, 0.85, 0.9];
    private static readonly double[] Counts = [120, 80, 0, 40, 60, 100];

    [Fact]
    public void DiagramShowsTheModelTheDiagonalAndTheCounts()
    {
        using var rendered = new RenderedPlot(ReliabilityDiagram.Create(Mean, Fraction, Counts, "Classifier"), "reliability");

        Assert.Contains("Classifier", rendered.Texts);
        Assert.Contains("Perfectly calibrated", rendered.Texts);
        Assert.Contains("Samples per bin (right axis)", rendered.Texts);
        Assert.Contains("Mean predicted probability", rendered.Texts);
        Assert.Contains("Fraction of positives", rendered.Texts);
    }

    [Fact]
    public void BinsThatDisagreeInLengthAreRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => ReliabilityDiagram.Create([0.1, 0.2], [0.1], [1, 1]));
        Assert.Contains("2 mean predictions, 1 fractions of positives, 2 counts", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValuesOutsideTheirRangeAreRefusedByIndex()
    {
        var probability = Assert.Throws<ArgumentOutOfRangeException>(() => ReliabilityDiagram.Create([0.1, 1.2], [0.1, 0.5], [1, 1]));
        Assert.Equal("meanPredicted", probability.ParamName);
        Assert.Contains("meanPredicted[1] = 1.2", probability.Message, StringComparison.Ordinal);

        var nanInUsedBin = Assert.Throws<ArgumentOutOfRangeException>(() => ReliabilityDiagram.Create([0.1, 0.5], [double.NaN, 0.5], [1, 1]));
        Assert.Equal("fractionPositive", nanInUsedBin.ParamName);

        var count = Assert.Throws<ArgumentOutOfRangeException>(() => ReliabilityDiagram.Create([0.1], [0.1], [-3]));
        Assert.Contains("counts[0] = -3", count.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllBinsEmptyIsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => ReliabilityDiagram.Create([double.NaN], [double.NaN], [0]));
        Assert.Equal("counts", e.ParamName);
    }
}
