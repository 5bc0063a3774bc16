using System;
using System.Collections.Generic;
using System.Linq;
using Metrics.Numerics;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// <see cref="HistogramRocAuc"/> and its bins: monotone over the whole float range, within its stated bound of
/// <see cref="ExactAuc"/> on random and adversarial scores (the bound attained when one bin holds every score), and
/// the state laws a shard needs: mask ≡ indexing, merge of shards ≡ one pass, integer weights ≡ repetition, bit for bit.
/// </summary>
public sealed class HistogramRocAucTests
{
    // The area is summed in doubles; the bound is a statement about exact arithmetic.
    private const double Rounding = 1e-12;

    private static readonly double[] Specials =
    [
        double.NegativeInfinity, -1e300, -double.Epsilon, -float.MaxValue, -3.5e38, -1, -float.Epsilon, -1e-40, -1e-310,
        -0.0, 0.0, 1e-310, 1e-46, float.Epsilon, 1e-40, 1e-38, 0.5, 1, 1.0078125, 2, float.MaxValue, 3.5e38, 1e300,
        double.MaxValue, double.PositiveInfinity,
    ];

    [Fact]
    public void BinsAreMonotoneInTheScoreOverTheWholeRange()
    {
        var random = new Random(16);
        var scores = Specials.Concat(Enumerable.Range(0, 20_000).Select(_ => AnyDouble(random))).Order().ToArray();
        for (var bits = OrderedFloatBins.MinBits; bits <= OrderedFloatBins.MaxBits; bits++)
        {
            for (var i = 0; i < scores.Length; i++)
            {
                var bin = OrderedFloatBins.Bin(scores[i], bits);
                Assert.InRange(bin, 0, (1 << bits) - 1);
                if (i > 0)
                {
                    var previous = OrderedFloatBins.Bin(scores[i - 1], bits);
                    Assert.True(previous <= bin, $"bits {bits}: {scores[i - 1]:R} → bin {previous}, {scores[i]:R} → bin {bin}");
                    Assert.True(scores[i - 1] != scores[i] || previous == bin, $"bits {bits}: equal scores {scores[i]:R} in two bins");
                }
            }
        }
    }

    [Fact]
    public void SixteenBitsCutEachPowerOfTwoIntoOneHundredTwentyEightBins()
    {
        Assert.Equal(128, OrderedFloatBins.Bin(2.0, 16) - OrderedFloatBins.Bin(1.0, 16));
        Assert.Equal(128, OrderedFloatBins.Bin(-1.0, 16) - OrderedFloatBins.Bin(-2.0, 16));
        Assert.Equal(OrderedFloatBins.Bin(1.0, 16), OrderedFloatBins.Bin(1.0078124, 16));
        Assert.Equal(OrderedFloatBins.Bin(1.0, 16) + 1, OrderedFloatBins.Bin(1.0078125, 16));
        Assert.Equal(OrderedFloatBins.Bin(0.0, 16), OrderedFloatBins.Bin(-0.0, 16));
        Assert.True(OrderedFloatBins.Bin(-1e-40, 16) < OrderedFloatBins.Bin(0.0, 16));
        Assert.True(OrderedFloatBins.Bin(float.MaxValue, 16) < OrderedFloatBins.Bin(double.PositiveInfinity, 16));
        Assert.Equal(OrderedFloatBins.Bin(1e300, 16), OrderedFloatBins.Bin(double.PositiveInfinity, 16));
    }

    public static TheoryData<string> Distributions() =>
        new(["probabilities", "logits", "ties", "subnormal", "huge", "signed_extremes", "one_value", "crowded_near_one"]);

    [Theory]
    [MemberData(nameof(Distributions))]
    public void ValueIsWithinTheBoundOfTheExactAuc(string distribution)
    {
        var random = new Random(distribution.Length * 7919);
        for (var trial = 0; trial < 12; trial++)
        {
            var n = random.Next(2, 3000);
            var labels = Enumerable.Range(0, n).Select(_ => random.Next(2)).ToArray();
            var scores = labels.Select(l => Score(distribution, l, random)).ToArray();
            var weights = trial % 3 == 0 ? null : labels.Select(_ => trial % 3 == 1 ? random.Next(0, 4) : random.NextDouble() * 5).ToArray();
            var exact = new ExactAuc().Update(labels, scores, weights: weights).Compute();
            foreach (var bits in new[] { 8, 10, 12, 16, 20 })
            {
                var metric = new HistogramRocAuc(bits: bits).Update(labels, scores, weights: weights);
                if (double.IsNaN(exact))
                {
                    Assert.True(double.IsNaN(metric.Compute()));
                    continue;
                }

                var bound = metric.ErrorBound();
                Assert.InRange(bound, 0, 0.5);
                Assert.True(
                    Math.Abs(metric.Compute() - exact) <= bound + Rounding,
                    $"{distribution}, trial {trial}, bits {bits}: |{metric.Compute():R} − {exact:R}| > {bound:R}");
            }
        }
    }

    [Fact]
    public void TheBoundIsAttainedWhenOneBinHoldsSeparatedClasses()
    {
        // [1, 1 + 2⁻⁷) is one bin at 16 bits: negatives below positives inside it are perfectly ranked, binned as ties.
        int[] labels = [0, 0, 0, 1, 1];
        double[] scores = [1.0, 1.001, 1.002, 1.003, 1.007];
        var metric = new HistogramRocAuc().Update(labels, scores);
        Assert.Equal(1.0, new ExactAuc().Update(labels, scores).Compute());
        Assert.Equal(0.5, metric.Compute());
        Assert.Equal(0.5, metric.ErrorBound());

        // One more bit of the key separates them.
        var finer = new HistogramRocAuc(bits: 17).Update(labels, scores);
        Assert.True(finer.ErrorBound() < 0.5);
        Assert.True(Math.Abs(finer.Compute() - 1.0) <= finer.ErrorBound());
    }

    [Fact]
    public void ScoresInDistinctBinsGiveTheExactValueAndAZeroBound()
    {
        var random = new Random(3);
        var labels = Enumerable.Range(0, 500).Select(_ => random.Next(2)).ToArray();
        // 128 bins per power of two at 16 bits: 1 + k/128 scaled by 2^e is the lower edge of a bin of its own.
        var scores = Enumerable.Range(0, 500).Select(i => i * 3 % 500).Select(k => Math.ScaleB(1 + (k % 128 / 128.0), k / 128)).ToArray();
        var weights = labels.Select(_ => random.NextDouble()).ToArray();
        var metric = new HistogramRocAuc().Update(labels, scores, weights: weights);
        Assert.Equal(0.0, metric.ErrorBound());
        Assert.Equal(new ExactAuc().Update(labels, scores, weights: weights).Compute(), metric.Compute(), 1e-14);
    }

    [Fact]
    public void MaskSelectsExactlyAsIndexing()
    {
        var (labels, scores, weights) = Data(new Random(5), 4000);
        var random = new Random(6);
        var mask = labels.Select(_ => random.Next(3) != 0).ToArray();
        var masked = new HistogramRocAuc().Update(labels, scores, mask, weights);
        var indexed = new HistogramRocAuc().Update(
            labels.Where((_, i) => mask[i]).ToArray(), scores.Where((_, i) => mask[i]).ToArray(), weights: weights.Where((_, i) => mask[i]).ToArray());
        Assert.Equal(indexed, masked);
        Assert.Equal(BitConverter.DoubleToInt64Bits(indexed.Compute()), BitConverter.DoubleToInt64Bits(masked.Compute()));
    }

    [Fact]
    public void MergedShardsEqualOnePassBitForBitInAnyOrder()
    {
        var (labels, scores, weights) = Data(new Random(7), 10_000);
        var whole = new HistogramRocAuc().Update(labels, scores, weights: weights);
        var cuts = new[] { 0, 1, 999, 1000, 4321, 7777, 9998, 10_000 };
        var shards = cuts.Zip(cuts.Skip(1), (from, to) =>
            new HistogramRocAuc().Update(labels[from..to], scores[from..to], weights: weights[from..to])).ToList();

        var linear = shards.Aggregate(new HistogramRocAuc(), (sum, shard) => sum.Merge(shard));
        var reversed = Enumerable.Reverse(shards).Aggregate(new HistogramRocAuc(), (sum, shard) => sum.Merge(shard));
        var tree = Tree(shards);
        foreach (var merged in new[] { linear, reversed, tree })
        {
            Assert.Equal(whole, merged);
            Assert.Equal(BitConverter.DoubleToInt64Bits(whole.Compute()), BitConverter.DoubleToInt64Bits(merged.Compute()));
            Assert.Equal(BitConverter.DoubleToInt64Bits(whole.ErrorBound()), BitConverter.DoubleToInt64Bits(merged.ErrorBound()));
        }
    }

    [Fact]
    public void IntegerWeightsEqualRepetition()
    {
        var (labels, scores, weights) = Data(new Random(8), 2000);
        var weighted = new HistogramRocAuc(bits: 12).Update(labels, scores, weights: weights);
        var repeats = weights.Select(w => (int)w).ToArray();
        var repeated = new HistogramRocAuc(bits: 12).Update(
            labels.SelectMany((l, i) => Enumerable.Repeat(l, repeats[i])).ToArray(),
            scores.SelectMany((s, i) => Enumerable.Repeat(s, repeats[i])).ToArray());
        Assert.Equal(repeated, weighted);
        Assert.Equal(repeated.Compute(), weighted.Compute());
        Assert.Equal(repeated.AveragePrecision(), weighted.AveragePrecision());
    }

    [Fact]
    public void AveragePrecisionIsTheExactOneOfTheBins()
    {
        var (labels, scores, weights) = Data(new Random(9), 3000);
        var metric = new HistogramRocAuc(bits: 10).Update(labels, scores, weights: weights);
        var bins = scores.Select(s => (double)OrderedFloatBins.Bin(s, 10)).ToArray();
        Assert.Equal(new AveragePrecision().Update(labels, bins, weights: weights).Compute(), metric.AveragePrecision(), 1e-12);
        Assert.Equal(new ExactAuc().Update(labels, bins, weights: weights).Compute(), metric.Compute(), 1e-12);
    }

    [Fact]
    public void TheStateHasTheSameSizeWhateverTheRows()
    {
        Assert.Equal(1 << 17, new HistogramRocAuc().Update([0, 1], [0.1, 0.9]).Counts.Length);
        var (labels, scores, weights) = Data(new Random(10), 50_000);
        Assert.Equal(1 << 17, new HistogramRocAuc().Update(labels, scores, weights: weights).Counts.Length);
        Assert.Equal(1 << 13, new HistogramRocAuc(bits: 12).Update(labels, scores).Counts.Length);
    }

    [Fact]
    public void UndefinedFollowsZeroDivision()
    {
        int[] positives = [1, 1];
        double[] scores = [0.2, 0.7];
        Assert.True(double.IsNaN(new HistogramRocAuc().Update(positives, scores).Compute()));
        Assert.True(double.IsNaN(new HistogramRocAuc().Update(positives, scores).ErrorBound()));
        Assert.True(double.IsNaN(new HistogramRocAuc().Compute()));
        Assert.True(double.IsNaN(new HistogramRocAuc().AveragePrecision()));
        var one = new HistogramRocAuc(zeroDivision: ZeroDivision.One).Update(positives, scores);
        Assert.Equal(1.0, one.Compute());
        Assert.Equal(0.0, one.ErrorBound());
        Assert.Equal(0.0, new HistogramRocAuc(zeroDivision: ZeroDivision.Zero).Update([0, 0], scores).AveragePrecision());
    }

    [Fact]
    public void BadInputIsRefusedWithTheOffendingValue()
    {
        var nan = Assert.ThrowsAny<ArgumentException>(() => new HistogramRocAuc().Update([0, 1], [0.5, double.NaN]));
        Assert.Contains("NaN", nan.Message, StringComparison.Ordinal);
        var label = Assert.ThrowsAny<ArgumentException>(() => new HistogramRocAuc().Update([0, 2], [0.5, 0.6]));
        Assert.Contains("2", label.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new HistogramRocAuc(bits: 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HistogramRocAuc(bits: 21));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HistogramRocAuc().Update([0, 1], [0.5, 0.6], weights: [1, -1]));

        // A NaN under the mask never reaches the state.
        Assert.Equal(new HistogramRocAuc().Update([0], [0.5]), new HistogramRocAuc().Update([0, 1], [0.5, double.NaN], [true, false]));
    }

    private static HistogramRocAuc Tree(IReadOnlyList<HistogramRocAuc> states) => states.Count == 1
        ? states[0]
        : Tree(states.Chunk(2).Select(pair => pair.Length == 2 ? pair[0].Merge(pair[1]) : pair[0]).ToList());

    private static (int[] Labels, double[] Scores, double[] Weights) Data(Random random, int n)
    {
        var labels = Enumerable.Range(0, n).Select(_ => random.Next(2)).ToArray();
        var scores = labels.Select(l => Score("logits", l, random)).ToArray();
        var weights = labels.Select(_ => (double)random.Next(0, 5)).ToArray();
        return (labels, scores, weights);
    }

    private static double Score(string distribution, int label, Random random)
    {
        var normal = Normal(random) + label;
        return distribution switch
        {
            "probabilities" => 1 / (1 + Math.Exp(-normal)),
            "logits" => normal,
            "ties" => Math.Round(normal, 1),
            "subnormal" => normal * 1e-42,
            "huge" => normal * 1e37,
            "signed_extremes" => Specials[random.Next(Specials.Length)] * (random.Next(4) == 0 ? normal : 1),
            "one_value" => 0.25,
            _ => 1 / (1 + Math.Exp(-12 * normal)),
        };
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static double AnyDouble(Random random)
    {
        double value;
        do
        {
            value = BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue));
        }
        while (double.IsNaN(value));

        return random.Next(2) == 0 ? value : (float)value;
    }
}
