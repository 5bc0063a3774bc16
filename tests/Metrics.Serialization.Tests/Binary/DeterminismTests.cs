using Metrics.Serialization.Tests.Binary.Custom;
using Xunit;

namespace Metrics.Serialization.Tests.Binary;

/// <summary>Equal states give equal bytes, whatever their storage happens to be.</summary>
public sealed class DeterminismTests
{
    /// <summary>An unallocated array and an allocated array of zeros write the same bytes.</summary>
    [Fact]
    public void UnallocatedArrayWritesAsZeros()
    {
        var fresh = new ConfusionMatrix(3);
        var zeros = MetricState.Read<ConfusionMatrix>(MetricState.ToBytes(fresh));
        Assert.Equal(fresh, zeros);
        Assert.Equal(MetricState.ToBytes(fresh), MetricState.ToBytes(zeros));
    }

    /// <summary>
    /// A buffer whose shared storage was widened to doubles (by a later append to the same storage) and a buffer
    /// stored as floats hold equal samples and write equal bytes, in the compact form.
    /// </summary>
    [Fact]
    public void SampleStorageKindDoesNotChangeTheBytes()
    {
        var floats = new KeptScores().Update([1.0, 0.0, 1.0], [0.5, 0.25, 0.75]);
        var widened = new KeptScores().Update([1.0, 0.0, 1.0], [0.5, 0.25, 0.75]);
        var later = widened;
        later.Update([300.0, 1.0], [0.1, 0.2], [true, true], [2.0, 1.0]);
        Assert.False(widened.Samples.HasSingleScores);
        Assert.True(floats.Samples.HasSingleScores);
        Assert.Equal(floats, widened);
        Assert.Equal(MetricState.ToBytes(floats), MetricState.ToBytes(widened));
    }

    /// <summary>Weights stored but all 1 write as unweighted.</summary>
    [Fact]
    public void UnitWeightsWriteAsUnweighted()
    {
        var plain = new KeptScores().Update([1.0, 0.0], [0.5, 0.25]);
        var unit = new KeptScores().Update([1.0, 0.0], [0.5, 0.25], [true, true], [1.0, 1.0]);
        Assert.Equal(plain, unit);
        Assert.Equal(MetricState.ToBytes(plain), MetricState.ToBytes(unit));
        Assert.True(MetricState.ToBytes(plain).Length < MetricState.ToBytes(new KeptScores().Update([1.0, 0.0], [0.5, 0.25], [true, true], [2.0, 1.0])).Length);
    }
}
