using System;
using System.Linq;
using Metrics.Numerics;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// One ranking for <c>roc_auc</c> and <c>average_precision</c>: <see cref="RankSum.Rank"/>'s precision sum against the
/// curve walk (<see cref="RankedCurve"/>, the path weighted and double samples take), the ranking kept beside the
/// samples (<see cref="SampleBuffer.Derived{T}"/>) and reused only for the same samples, and a collection's values
/// equal to each metric's alone, bit for bit.
/// </summary>
public sealed class SharedRankingTests
{
    /// <summary>Average precision by the curve walk of <see cref="RankedCurve"/> over double spans (not the float rank sum).</summary>
    private static double WalkedAveragePrecision(float[] scores, byte[] labels)
    {
        using var curve = new RankedCurve(scores.Select(s => (double)s).ToArray(), labels.Select(l => (double)l).ToArray(), []);
        double sum = 0, tp = 0;
        while (curve.MoveNext())
        {
            var gained = curve.TruePositives - tp;
            if (gained != 0)
            {
                sum += gained * (curve.TruePositives / (curve.TruePositives + curve.FalsePositives));
            }

            tp = curve.TruePositives;
        }

        return sum / tp;
    }

    private static int[] Ints(byte[] labels) => [.. labels.Select(l => (int)l)];

    private static (float[] Scores, byte[] Labels) Samples(int n, int seed, Func<Random, float> score)
    {
        var rng = new Random(seed);
        var scores = Enumerable.Range(0, n).Select(_ => score(rng)).ToArray();
        var labels = Enumerable.Range(0, n).Select(_ => (byte)(rng.NextDouble() < 0.3 ? 1 : 0)).ToArray();
        return (scores, labels);
    }

    public static TheoryData<string> Kinds => ["continuous", "ties", "logits", "signed extremes"];

    private static Func<Random, float> Score(string kind) => kind switch
    {
        "continuous" => rng => (float)rng.NextDouble(),
        "ties" => rng => rng.Next(20) / 20f,
        "logits" => rng => (float)((rng.NextDouble() - 0.5) * 60),
        _ => rng => new[] { float.NegativeInfinity, -3e38f, -1f, -0f, 0f, 1e-45f, 2f, 3e38f, float.PositiveInfinity }[rng.Next(9)],
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void RankedPrecisionSumEqualsTheCurveWalkToTheBit(string kind)
    {
        foreach (var n in new[] { 1, 2, 17, 4099 })
        {
            var (scores, labels) = Samples(n, n, Score(kind));
            if (!labels.Contains((byte)1))
            {
                labels[0] = 1;
            }

            var ranking = RankSum.Rank(scores, labels);
            Assert.Equal(RankSum.Count(scores, labels), (ranking.Pairs, ranking.Positives, ranking.Negatives));
            Assert.Equal(WalkedAveragePrecision(scores, labels), ranking.PrecisionSum / ranking.Positives);
            Assert.Equal(WalkedAveragePrecision(scores, labels), new AveragePrecision().Update(Ints(labels), scores).Compute());
        }
    }

    [Fact]
    public void RankOfNothingIsZero() => Assert.Equal(new BinaryRanking(0, 0, 0, 0), RankSum.Rank([], []));

    [Fact]
    public void DerivedValueIsComputedOncePerSamples()
    {
        var buffer = default(SampleBuffer);
        buffer.AppendRange<float, byte>(new float[] { 0.1f, 0.9f, 0.4f }, new byte[] { 0, 1, 1 });
        var calls = 0;
        BinaryRanking Count(SampleBuffer samples)
        {
            calls++;
            return BinaryRanking.Of(samples);
        }

        var first = buffer.Derived(Count);
        var copy = buffer;
        Assert.Same(first, copy.Derived(Count));
        Assert.Equal(1, calls);

        // An append makes the kept value stale for the grown buffer; the earlier copy still sees its own three samples.
        buffer.AppendRange<float, byte>(new float[] { 0.95f }, new byte[] { 0 });
        var grown = buffer.Derived(Count);
        Assert.Equal(2, calls);
        Assert.Equal(BinaryRanking.Of(buffer), grown);
        Assert.Equal(first, copy.Derived(Count));
        Assert.Equal(3, calls);
        Assert.Equal(new BinaryRanking(2 * 2, 2, 1, 2), first);
    }

    [Fact]
    public void DerivedValueOfAnotherTypeIsComputed()
    {
        var buffer = default(SampleBuffer);
        buffer.AppendRange<float, byte>(new float[] { 0.1f, 0.9f }, new byte[] { 0, 1 });
        var ranking = buffer.Derived(BinaryRanking.Of);
        Assert.Equal("2 samples", buffer.Derived(b => $"{b.Count} samples"));
        Assert.Equal(ranking, buffer.Derived(BinaryRanking.Of));
        Assert.Equal("none", default(SampleBuffer).Derived(_ => "none"));
        Assert.Throws<ArgumentNullException>(() => buffer.Derived<string>(null!));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void CollectionValuesEqualEachMetricAlone(string kind)
    {
        var (scores, labels) = Samples(50_000, 7, Score(kind));
        var predictions = scores.Select(s => (double)s).ToArray();
        var classes = labels.Select(l => (double)l).ToArray();
        MetricCollection Filled()
        {
            var both = new MetricCollection("roc_auc", "average_precision");
            for (var start = 0; start < scores.Length; start += 8192)
            {
                var n = Math.Min(8192, scores.Length - start);
                both.Update(new MetricBatch(classes.AsSpan(start, n), predictions.AsSpan(start, n)));
            }

            return both;
        }

        // In either order: whichever computes first ranks, the other reads the kept ranking.
        var values = Filled().Compute();
        var reversed = Filled();
        var apFirst = (double)reversed.Compute("average_precision");
        Assert.Equal(new ExactAuc().Update(Ints(labels), scores).Compute(), (double)values["roc_auc"]);
        Assert.Equal(new AveragePrecision().Update(Ints(labels), scores).Compute(), (double)values["average_precision"]);
        Assert.Equal(WalkedAveragePrecision(scores, labels), (double)values["average_precision"]);
        Assert.Equal((double)values["average_precision"], apFirst);
        Assert.Equal((double)values["roc_auc"], (double)reversed.Compute("roc_auc"));
    }
}
