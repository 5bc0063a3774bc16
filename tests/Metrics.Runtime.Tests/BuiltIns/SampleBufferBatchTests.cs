using System;
using System.Linq;
using System.Numerics;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// <see cref="SampleBuffer.AppendRange{TScore, TLabel, TWeight}"/> against appending every kept element with
/// <see cref="SampleBuffer.Append(SampleBuffer, double)"/>: the same samples in the same storage kinds.
/// </summary>
public sealed class SampleBufferBatchTests
{
    private static SampleBuffer OneByOne<TScore, TLabel>(SampleBuffer buffer, TScore[] scores, TLabel[] labels, bool[]? mask = null, double[]? weights = null)
        where TScore : INumberBase<TScore>
        where TLabel : INumberBase<TLabel>
    {
        for (var i = 0; i < scores.Length; i++)
        {
            var weight = weights?[i] ?? 1.0;
            if ((mask?[i] ?? true) && weight != 0)
            {
                buffer.Append(SampleBuffer.Of(double.CreateTruncating(scores[i]), double.CreateTruncating(labels[i])), weight);
            }
        }

        return buffer;
    }

    private static void AssertSameStorage(SampleBuffer expected, SampleBuffer actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.HasSingleScores, actual.HasSingleScores);
        Assert.Equal(expected.HasByteLabels, actual.HasByteLabels);
        Assert.Equal(expected.IsWeighted, actual.IsWeighted);
        Assert.Equal(expected.SingleScores.ToArray(), actual.SingleScores.ToArray());
        Assert.Equal(BitsOf(expected.DoubleScores), BitsOf(actual.DoubleScores));
        Assert.Equal(expected.ByteLabels.ToArray(), actual.ByteLabels.ToArray());
        Assert.Equal(BitsOf(expected.DoubleLabels), BitsOf(actual.DoubleLabels));
        Assert.Equal(BitsOf(expected.Weights), BitsOf(actual.Weights));
    }

    private static long[] BitsOf(ReadOnlySpan<double> values) => values.ToArray().Select(BitConverter.DoubleToInt64Bits).ToArray();

    public static TheoryData<string, int> Positions() => new()
    {
        { "none", -1 },
        { "first", 0 },
        { "inside the first vector block", 3 },
        { "after several blocks", 70 },
        { "in the scalar tail", 198 },
    };

    [Theory]
    [MemberData(nameof(Positions))]
    public void DoubleScoresStayFloatsUntilOneIsNot(string where, int position)
    {
        var random = new Random(position + 2);
        var scores = Enumerable.Range(0, 199).Select(_ => (double)random.NextSingle()).ToArray();
        if (position >= 0)
        {
            scores[position] = 1.0 / 3;
        }

        var labels = Enumerable.Range(0, 199).Select(_ => random.Next(2)).ToArray();
        var bulk = default(SampleBuffer);
        bulk.AppendRange<double, int>(scores, labels);
        AssertSameStorage(OneByOne(default, scores, labels), bulk);
        Assert.True(bulk.HasSingleScores == (position < 0), where);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(98)]
    public void NaNScoresAreKeptAsDoublesAsSingleAppendsKeepThem(int position)
    {
        var scores = Enumerable.Range(0, 99).Select(i => i * 0.25f).ToArray();
        if (position >= 0)
        {
            scores[position] = float.NaN;
        }

        var labels = Enumerable.Range(0, 99).Select(i => i % 2).ToArray();
        var bulk = default(SampleBuffer);
        bulk.AppendRange<float, int>(scores, labels);
        AssertSameStorage(OneByOne(default, scores, labels), bulk);
    }

    [Fact]
    public void LabelsOfEveryTypeWidenWhenOneIsNotASmallInteger()
    {
        var scores = Enumerable.Range(0, 40).Select(i => i / 8.0).ToArray();
        var ints = Enumerable.Range(0, 40).Select(i => i % 3).ToArray();
        var wideInts = ints.Select((l, i) => i == 33 ? 256 : i == 12 ? -1 : l).ToArray();
        var longs = ints.Select(l => (long)l * 100).ToArray();
        var bytes = ints.Select(l => (byte)(l * 85)).ToArray();
        var doubles = ints.Select((l, i) => i == 5 ? 0.5 : l).ToArray();
        var negativeZero = ints.Select((l, i) => i == 20 ? -0.0 : (double)l).ToArray();

        Check(ints);
        Check(wideInts);
        Check(longs);
        Check(bytes);
        Check(doubles);
        Check(negativeZero);

        void Check<TLabel>(TLabel[] labels)
            where TLabel : struct, INumberBase<TLabel>
        {
            var bulk = default(SampleBuffer);
            bulk.AppendRange<double, TLabel>(scores, labels);
            AssertSameStorage(OneByOne(default, scores, labels), bulk);
        }
    }

    [Fact]
    public void WeightsAreStoredOnlyOnceAKeptOneIsNotOne()
    {
        var scores = Enumerable.Range(0, 50).Select(i => i / 4.0).ToArray();
        var labels = Enumerable.Range(0, 50).Select(i => i % 2).ToArray();
        var ones = Enumerable.Repeat(1.0, 50).ToArray();
        var masked = Enumerable.Range(0, 50).Select(i => i != 30).ToArray();
        var otherMasked = ones.Select((w, i) => i == 30 ? 2.5 : w).ToArray();

        var first = default(SampleBuffer);
        first.AppendRange<double, int, double>(scores, labels, default, ones);
        Assert.False(first.IsWeighted);

        // The one weight other than 1 is masked out: still unweighted.
        first.AppendRange<double, int, double>(scores, labels, masked, otherMasked);
        Assert.False(first.IsWeighted);

        // Now it is kept: the earlier samples get weight 1.
        first.AppendRange<double, int, double>(scores, labels, default, otherMasked);
        var expected = OneByOne(OneByOne(OneByOne(default, scores, labels, weights: ones), scores, labels, masked, otherMasked), scores, labels, weights: otherMasked);
        AssertSameStorage(expected, first);
        Assert.True(first.IsWeighted);

        // Unweighted batches after that store weight 1.
        first.AppendRange<double, int>(scores, labels);
        AssertSameStorage(OneByOne(expected, scores, labels), first);
    }

    [Fact]
    public void AppendingToACopyLeavesTheOriginalAsItWas()
    {
        var scores = new[] { 0.5, 0.25, 0.75 };
        var labels = new[] { 1, 0, 1 };
        var original = default(SampleBuffer);
        original.AppendRange<double, int>(scores, labels);
        var copy = original;
        copy.AppendRange<double, int>(scores, labels);
        var other = original;
        other.AppendRange<double, int>([0.1], [7]);

        Assert.Equal(3, original.Count);
        AssertSameStorage(OneByOne(OneByOne(default, scores, labels), scores, labels), copy);
        AssertSameStorage(OneByOne(OneByOne(default, scores, labels), new[] { 0.1 }, new[] { 7 }), other);
    }

    [Fact]
    public void MismatchedLengthsAndRowSamplesAreRefusedBeforeAnythingChanges()
    {
        var buffer = default(SampleBuffer);
        buffer.AppendRange<double, int>([0.5, 0.25], [1, 0]);

        var labels = Assert.Throws<ArgumentException>(() => buffer.AppendRange<double, int>([0.5, 0.25], [1]));
        Assert.Equal("labels", labels.ParamName);
        Assert.Contains("labels has 1 elements and scores has 2", labels.Message, StringComparison.Ordinal);
        var mask = Assert.Throws<ArgumentException>(() => buffer.AppendRange<double, int>([0.5], [1], [true, false]));
        Assert.Equal("mask", mask.ParamName);
        var weights = Assert.Throws<ArgumentException>(() => buffer.AppendRange<double, int, double>([0.5], [1], default, [1.0, 2.0]));
        Assert.Equal("weights", weights.ParamName);
        Assert.Equal(2, buffer.Count);

        var rows = default(SampleBuffer);
        rows.Append(SampleBuffer.OfRow(1), new ReadOnlySpan<double>([0.25, 0.75]));
        var refused = Assert.Throws<ArgumentException>(() => rows.AppendRange<double, int>([0.5], [1]));
        Assert.Contains("2 scores", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, rows.Count);
    }

    [Fact]
    public void AnAllMaskedOrAllZeroWeightBatchAddsNothing()
    {
        var buffer = default(SampleBuffer);
        buffer.AppendRange<double, int>([0.5, 0.25], [1, 0], [false, false]);
        buffer.AppendRange<double, int, float>([0.5, 0.25], [1, 0], default, [0f, -0f]);
        Assert.Equal(0, buffer.Count);
    }
}
