using System;
using System.Buffers.Binary;
using System.Text;
using Metrics.Serialization.Tests.Binary.Custom;
using Xunit;

namespace Metrics.Serialization.Tests.Binary;

/// <summary>Each input the binary reader refuses, with the problem and a message that names what differs.</summary>
public sealed class RefusalTests
{
    private static readonly ConfusionMatrix Confusion = new ConfusionMatrix(3).Update([0, 1, 2, 2], [0, 2, 2, 1]);

    private static MetricStateException Refused<TMetric>(byte[] bytes, MetricStateProblem problem)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var e = Assert.Throws<MetricStateException>(() => MetricState.Read<TMetric>(bytes));
        Assert.Equal(problem, e.Problem);
        return e;
    }

    /// <summary>Bytes that do not start with the magic number are not a state.</summary>
    [Fact]
    public void NotAStateIsRefused()
    {
        var e = Refused<MeanSquaredError>(Encoding.UTF8.GetBytes("{\"name\": \"mse\"}"), MetricStateProblem.NotAState);
        Assert.Contains("MDST", e.Message, StringComparison.Ordinal);
        Refused<MeanSquaredError>([], MetricStateProblem.NotAState);
    }

    /// <summary>A newer format version is refused with both versions named.</summary>
    [Fact]
    public void NewerFormatIsRefused()
    {
        var bytes = MetricState.ToBytes(new MeanSquaredError().Update([1.0], [2.0]));
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(ForgedBytes.VersionAt), 2);
        var e = Refused<MeanSquaredError>(bytes, MetricStateProblem.NewerFormat);
        Assert.Contains("version 2", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Another metric's bytes are refused with both names.</summary>
    [Fact]
    public void OtherMetricIsRefused()
    {
        var bytes = MetricState.ToBytes(new MeanSquaredError().Update([1.0], [2.0]));
        var e = Refused<MeanAbsoluteError>(bytes, MetricStateProblem.OtherMetric);
        Assert.Contains(MeanSquaredError.MetricName, e.Message, StringComparison.Ordinal);
        Assert.Contains(MeanAbsoluteError.MetricName, e.Message, StringComparison.Ordinal);
    }

    /// <summary>A state field added or retyped under the same metric name is another layout.</summary>
    [Fact]
    public void OtherLayoutIsRefused()
    {
        var bytes = MetricState.ToBytes(new LayoutProbe().Update([1.5, 2.0]));
        Assert.Equal(3.5, MetricState.Read<LayoutProbe>(bytes).Total);
        Assert.Contains("layout", Refused<LayoutProbeWithCount>(bytes, MetricStateProblem.OtherLayout).Message, StringComparison.Ordinal);
        Refused<LayoutProbeRetyped>(bytes, MetricStateProblem.OtherLayout);
        Refused<LayoutProbe>(MetricState.ToBytes(new LayoutProbeWithCount().Update([1.5])), MetricStateProblem.OtherLayout);
    }

    /// <summary>Reading into a metric with another NumClasses names the parameter and both values, and changes nothing.</summary>
    [Fact]
    public void OtherParametersAreRefusedByName()
    {
        var bytes = MetricState.ToBytes(Confusion);
        var target = new ConfusionMatrix(4).Update([3], [3]);
        var before = target.Copy();
        var e = Assert.Throws<MetricStateException>(() => MetricState.ReadInto(bytes, ref target));
        Assert.Equal(MetricStateProblem.OtherLayout, e.Problem);
        Assert.Contains("num_classes: 3 in the bytes, 4 here", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, target);
    }

    /// <summary>A state array whose stored cell count differs from what its parameters require is another layout.</summary>
    [Fact]
    public void CellCountOtherThanRequiredIsRefused()
    {
        var bytes = MetricState.ToBytes(Confusion);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(ForgedBytes.StateAt(bytes)), 8);
        var e = Refused<ConfusionMatrix>(ForgedBytes.Reseal(bytes), MetricStateProblem.OtherLayout);
        Assert.Contains("8 cells", e.Message, StringComparison.Ordinal);
        Assert.Contains("require 9", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Every proper prefix is truncated (or, shorter than the magic number, not a state); longer input is refused too.</summary>
    [Fact]
    public void TruncationIsRefused()
    {
        var bytes = MetricState.ToBytes(Confusion);
        for (var length = 1; length < bytes.Length; length++)
        {
            var e = Assert.Throws<MetricStateException>(() => MetricState.Read<ConfusionMatrix>(bytes.AsSpan(0, length)));
            Assert.Equal(MetricStateProblem.Truncated, e.Problem);
        }

        var stream = new System.IO.MemoryStream(bytes, 0, bytes.Length - 3);
        Assert.Equal(MetricStateProblem.Truncated, Assert.Throws<MetricStateException>(() => MetricState.Read<ConfusionMatrix>(stream)).Problem);
        Refused<ConfusionMatrix>([.. bytes, 0], MetricStateProblem.Invalid);
    }

    /// <summary>Any single flipped bit after the length field fails the checksum, before anything is constructed.</summary>
    [Fact]
    public void FlippedBitIsRefused()
    {
        var bytes = MetricState.ToBytes(Confusion);
        for (var bit = (ForgedBytes.NameAt * 8); bit < bytes.Length * 8; bit++)
        {
            var flipped = (byte[])bytes.Clone();
            flipped[bit / 8] ^= (byte)(1 << (bit % 8));
            var e = Assert.Throws<MetricStateException>(() => MetricState.Read<ConfusionMatrix>(flipped));
            Assert.Equal(MetricStateProblem.Corrupted, e.Problem);
        }
    }

    /// <summary>A sample count beyond the bytes present is refused before the samples are allocated.</summary>
    [Fact]
    public void SampleCountBeyondTheBytesIsRefused()
    {
        var bytes = MetricState.ToBytes(new KeptScores().Update([1.0, 0], [0.5, 0.25]));
        var at = ForgedBytes.StateAt(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), 1_000_000);
        var e = Refused<KeptScores>(ForgedBytes.Reseal(bytes), MetricStateProblem.Invalid);
        Assert.Contains("1000000 samples", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Sizes that would overflow (count × width, a declared length beyond an array) are refused.</summary>
    [Fact]
    public void OverflowingSizesAreRefused()
    {
        var bytes = MetricState.ToBytes(new KeptScores().Update([1.0, 0], [0.5, 0.25]));
        var at = ForgedBytes.StateAt(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), int.MaxValue);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at + 4), int.MaxValue);
        Refused<KeptScores>(ForgedBytes.Reseal(bytes), MetricStateProblem.Invalid);

        var negative = MetricState.ToBytes(new KeptScores().Update([1.0], [0.5]));
        BinaryPrimitives.WriteInt32LittleEndian(negative.AsSpan(ForgedBytes.StateAt(negative)), -1);
        Refused<KeptScores>(ForgedBytes.Reseal(negative), MetricStateProblem.Invalid);

        var huge = MetricState.ToBytes(Confusion);
        BinaryPrimitives.WriteInt64LittleEndian(huge.AsSpan(ForgedBytes.LengthAt), long.MaxValue);
        Refused<ConfusionMatrix>(huge, MetricStateProblem.Invalid);
        var stream = new System.IO.MemoryStream(huge);
        Assert.Equal(MetricStateProblem.Invalid, Assert.Throws<MetricStateException>(() => MetricState.Read<ConfusionMatrix>(stream)).Problem);
    }

    /// <summary>A parameter the constructor rejects, in otherwise valid bytes, is Invalid and wraps the ArgumentException.</summary>
    [Fact]
    public void InvalidParameterIsRefusedWithTheConstructorsReason()
    {
        var bytes = MetricState.ToBytes(Confusion);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(ForgedBytes.ParametersAt(bytes)), 0);
        var e = Refused<ConfusionMatrix>(ForgedBytes.Refingerprint<ConfusionMatrix>(bytes), MetricStateProblem.Invalid);
        Assert.IsAssignableFrom<ArgumentException>(e.InnerException);
    }

    /// <summary>Changed parameter bytes with the checksum redone fail the fingerprint: another layout.</summary>
    [Fact]
    public void ChangedParametersFailTheFingerprint()
    {
        var bytes = MetricState.ToBytes(Confusion);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(ForgedBytes.ParametersAt(bytes)), 4);
        Refused<ConfusionMatrix>(ForgedBytes.Reseal(bytes), MetricStateProblem.OtherLayout);
    }
}
