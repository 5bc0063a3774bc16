using System;
using Xunit;

namespace Metrics.Serialization.Tests.Binary;

/// <summary>The factories readers restore states with: <see cref="SumArray.FromCells"/> and <see cref="SampleBuffer.FromParts{TScore, TLabel}"/>.</summary>
public sealed class FactoryTests
{
    /// <summary>FromCells copies the cells: changing the source afterwards changes nothing.</summary>
    [Fact]
    public void FromCellsCopies()
    {
        double[] cells = [1, 2.5, 0];
        var array = SumArray.FromCells(cells);
        cells[0] = 9;
        Assert.True(array.IsAllocated);
        Assert.Equal([1, 2.5, 0], array.Cells.ToArray());
    }

    /// <summary>Parts in each storage kind give the same samples as appending them.</summary>
    [Fact]
    public void FromPartsEqualsAppending()
    {
        var appended = default(SampleBuffer);
        appended.Append(SampleBuffer.Of(0.5, 1), 2.0);
        appended.Append(SampleBuffer.Of(0.25, 0));
        var compact = SampleBuffer.FromParts<float, byte>(1, [0.5f, 0.25f], [1, 0], [2.0, 1.0]);
        var wide = SampleBuffer.FromParts<double, double>(1, [0.5, 0.25], [1.0, 0.0], [2.0, 1.0]);
        Assert.Equal(appended, compact);
        Assert.Equal(appended, wide);
        Assert.True(compact.HasSingleScores && compact.HasByteLabels);
        Assert.False(wide.HasSingleScores || wide.HasByteLabels);
        Assert.Equal(default(SampleBuffer), SampleBuffer.FromParts<float, byte>(0, [], [], []));
    }

    /// <summary>Inconsistent parts are refused, naming the argument.</summary>
    [Fact]
    public void InconsistentPartsAreRefused()
    {
        Assert.Equal("scores", Assert.Throws<ArgumentException>(() => SampleBuffer.FromParts<float, byte>(2, [0.5f, 0.25f, 0.1f], [1, 0], [])).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => SampleBuffer.FromParts<float, byte>(1, [0.5f, 0.25f], [1, 0], [1.0])).ParamName);
        Assert.Equal("width", Assert.Throws<ArgumentOutOfRangeException>(() => SampleBuffer.FromParts<float, byte>(0, [], [1], [])).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => SampleBuffer.FromParts<float, byte>(1, [0.5f], [], [])).ParamName);
        Assert.Equal("scores", Assert.Throws<ArgumentException>(() => SampleBuffer.FromParts<int, byte>(1, [1], [1], [])).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => SampleBuffer.FromParts<float, int>(1, [1f], [1], [])).ParamName);
    }
}
