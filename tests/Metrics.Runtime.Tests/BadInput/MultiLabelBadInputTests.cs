using System;
using Xunit;
using static Metrics.Runtime.Tests.Helpers.ArgumentChecks;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Bad input for the multi-label metrics (SPEC §7): rows whose length is not NumLabels, label and score rows of different
/// lengths, thresholds outside (0, 1], and merging different parameters. Each is an <see cref="ArgumentException"/>
/// naming the argument and the values, thrown before anything is accumulated.
/// </summary>
public sealed class MultiLabelBadInputTests
{
    [Fact]
    public void RowsOfAnotherLengthThanNumLabels()
    {
        var m = new MultiLabelFBetaScore(3, threshold: 0.5).Update(new double[,] { { 1, 0, 1 } }, new double[,] { { 0.7, 0.2, 0.9 } });
        var before = m.Copy();
        Rejects<ArgumentException>(() => m.Update(new double[,] { { 1, 0 } }, new double[,] { { 0.7, 0.2 } }), "predictions", "NumLabels = 3");
        Rejects<ArgumentException>(() => m.Update([1.0, 0, 1, 0], [0.7, 0.2, 0.9], 3), "predictions");
        Assert.Equal(before.Counts, m.Counts);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void ThresholdOutsideTheUnitInterval(double threshold) =>
        Rejects<ArgumentOutOfRangeException>(() => new MultiLabelFBetaScore(3, threshold: threshold), "Threshold", "Threshold = ", "(0, 1]");

    [Fact]
    public void InvalidParametersAndMerges()
    {
        Rejects<ArgumentOutOfRangeException>(() => new MultiLabelFBetaScore(0), "NumLabels", "NumLabels = 0");
        Rejects<ArgumentOutOfRangeException>(() => new MultiLabelFBetaScore(2, beta: -1), "Beta", "Beta = -1");
        Rejects<ArgumentException>(() => _ = new MultiLabelFBetaScore(2).Merge(new MultiLabelFBetaScore(2, threshold: 0.5)), "other", "Threshold: ", "Threshold: 0.5");
        Rejects<ArgumentException>(() => MultiLabelFBetaScore.FromArguments(new System.Collections.Generic.Dictionary<string, object?> { ["num_labels"] = 2, ["threshold"] = "high" }), "threshold");
    }

    [Fact]
    public void AWriterRejectsACellOutsideTheArray()
    {
        var counts = SumArray.Zeros(4);
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new SumArrayWriter(counts).Add(4));
        Assert.Equal("index", exception.ParamName);
        Assert.Contains("[0, 4)", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new SumArrayWriter(default));
    }
}
