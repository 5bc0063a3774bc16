using System;
using System.Linq;
using Metrics.Numerics;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The compact sample storage (float scores until one is not a float, byte labels until one is not a small integer)
/// and the unweighted float rank-sum path of the exact ROC AUC, against a pairwise count written out here.
/// </summary>
public sealed class ExactAucStorageTests
{
    // ------------------------------------------------------------------ references

    /// <summary>Σ over (positive, negative) pairs of weight products times 1 (positive higher) or ½ (tie), over Σ weights.</summary>
    private static double PairwiseAuc(double[] scores, int[] labels, double[]? weights = null)
    {
        double wins = 0, positives = 0, negatives = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var wi = weights?[i] ?? 1;
            if (labels[i] == 1)
            {
                positives += wi;
            }
            else
            {
                negatives += wi;
            }

            for (var j = 0; j < scores.Length; j++)
            {
                if (labels[i] == 1 && labels[j] == 0)
                {
                    var pair = wi * (weights?[j] ?? 1);
                    wins += scores[i] > scores[j] ? pair : scores[i] == scores[j] ? pair / 2 : 0;
                }
            }
        }

        return wins / (positives * negatives);
    }

    private static long PairwiseCount(float[] scores, byte[] labels)
    {
        long pairs = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            for (var j = 0; j < scores.Length; j++)
            {
                if (labels[i] != 0 && labels[j] == 0)
                {
                    pairs += scores[i] > scores[j] ? 2 : scores[i] == scores[j] ? 1 : 0;
                }
            }
        }

        return pairs;
    }

    private static double[] Scores(SampleBuffer samples)
    {
        var scores = new double[samples.ScoreCount];
        samples.CopyScores(scores);
        return scores;
    }

    private static double[] Labels(SampleBuffer samples)
    {
        var labels = new double[samples.Count];
        samples.CopyLabels(labels);
        return labels;
    }

    private static SampleBuffer Buffer(double[] scores, double[] labels, double[]? weights = null)
    {
        var buffer = default(SampleBuffer);
        for (var i = 0; i < scores.Length; i++)
        {
            buffer.Append(SampleBuffer.Of(scores[i], labels[i]), weights?[i] ?? 1);
        }

        return buffer;
    }

    // ------------------------------------------------------------------ storage kinds

    [Fact]
    public void FloatScoresAreStoredAsFloatsUntilOneIsNot()
    {
        var metric = new ExactAuc().Update([0, 1, 0], new float[] { 0.25f, 0.1f, -0f });
        Assert.True(metric.Samples.HasSingleScores);
        Assert.True(metric.Samples.HasByteLabels);
        Assert.Equal(new float[] { 0.25f, 0.1f, -0f }, metric.Samples.SingleScores.ToArray());
        Assert.True(metric.Samples.DoubleScores.IsEmpty);
        Assert.Equal(new byte[] { 0, 1, 0 }, metric.Samples.ByteLabels.ToArray());

        var before = metric;
        metric.Update([1, 0], [0.1, 0.5]);
        Assert.False(metric.Samples.HasSingleScores);
        Assert.True(metric.Samples.SingleScores.IsEmpty);
        Assert.Equal(new[] { 0.25, (double)0.1f, -0.0, 0.1, 0.5 }, metric.Samples.DoubleScores.ToArray());
        Assert.True(double.IsNegative(metric.Samples.ScoreAt(2)));
        Assert.Equal(new double[] { 0, 1, 0, 1, 0 }, Labels(metric.Samples));

        // The earlier copy keeps its three samples, whatever its storage has become.
        Assert.Equal(3, before.Samples.Count);
        Assert.Equal(new[] { 0.25, (double)0.1f, -0.0 }, Scores(before.Samples));
        Assert.Equal(
            PairwiseAuc([0.25, 0.1f, 0, 0.1, 0.5], [0, 1, 0, 1, 0]),
            metric.Compute(),
            12);
    }

    [Fact]
    public void ARowKeepsItsEarlierScoresWhenOneOfItsScoresWidensTheStorage()
    {
        var metric = new OneVsRestAuc().Update([0, 1], new float[] { 0.5f, 0.25f, 0.75f, 0.125f }, 2);
        Assert.True(metric.Samples.HasSingleScores);
        metric.Update([1, 0], [0.2, 0.1, 0.3, 0.6], 2);
        Assert.False(metric.Samples.HasSingleScores);
        Assert.Equal(new[] { 0.5, 0.25, 0.75, 0.125, 0.2, 0.1, 0.3, 0.6 }, Scores(metric.Samples));
        var row = new double[2];
        metric.Samples.CopyRow(2, row);
        Assert.Equal(new[] { 0.2, 0.1 }, row);
        Assert.Equal(
            new OneVsRestAuc().Update([0, 1, 1, 0], [0.5, 0.25, 0.75, 0.125, 0.2, 0.1, 0.3, 0.6], 2).Compute(),
            metric.Compute());
    }

    [Theory]
    [InlineData(256.0)]
    [InlineData(-1.0)]
    [InlineData(0.5)]
    [InlineData(-0.0)]
    [InlineData(double.PositiveInfinity)]
    public void ALabelThatIsNotASmallIntegerMovesTheLabelsToDoubles(double label)
    {
        var buffer = Buffer([0.5, 0.25], [0, 255]);
        Assert.True(buffer.HasByteLabels);
        buffer.Append(SampleBuffer.Of(0.125, label));
        Assert.False(buffer.HasByteLabels);
        Assert.True(buffer.ByteLabels.IsEmpty);
        Assert.Equal(BitConverter.DoubleToInt64Bits(label), BitConverter.DoubleToInt64Bits(buffer.LabelAt(2)));
        Assert.Equal(new[] { 0, 255, label }, buffer.DoubleLabels.ToArray());
        Assert.True(buffer.HasSingleScores);
    }

    [Fact]
    public void ConcatOfFloatAndDoubleBuffersKeepsEveryValueInEitherOrder()
    {
        var floats = Buffer([0.5, -0.0, double.NegativeInfinity], [1, 0, 0]);
        var doubles = Buffer([0.1, double.PositiveInfinity], [0, 300], [2, 1]);
        Assert.True(floats.HasSingleScores);
        Assert.False(doubles.HasSingleScores);
        Assert.False(doubles.HasByteLabels);

        var ab = floats.Concat(doubles);
        Assert.False(ab.HasSingleScores);
        Assert.False(ab.HasByteLabels);
        Assert.Equal(new[] { 0.5, -0.0, double.NegativeInfinity, 0.1, double.PositiveInfinity }, Scores(ab));
        Assert.True(double.IsNegative(ab.ScoreAt(1)));
        Assert.Equal(new double[] { 1, 0, 0, 0, 300 }, Labels(ab));
        Assert.Equal(new double[] { 1, 1, 1, 2, 1 }, ab.Weights.ToArray());
        Assert.Equal(Buffer([0.5, -0.0, double.NegativeInfinity, 0.1, double.PositiveInfinity], [1, 0, 0, 0, 300], [1, 1, 1, 2, 1]), ab);

        var ba = doubles.Concat(floats);
        Assert.Equal(new[] { 0.1, double.PositiveInfinity, 0.5, -0.0, double.NegativeInfinity }, Scores(ba));
        Assert.Equal(new double[] { 2, 1, 1, 1, 1 }, ba.Weights.ToArray());

        var both = floats.Concat(floats);
        Assert.True(both.HasSingleScores);
        Assert.True(both.HasByteLabels);
        Assert.False(both.IsWeighted);
        Assert.Equal(6, both.Count);
        Assert.Equal(3, floats.Count);
        Assert.Equal(2, doubles.Count);
    }

    [Fact]
    public void CopyAndEqualityDoNotDependOnTheStorageKind()
    {
        var floats = Buffer([0.5, 0.25, 0.0], [1, 0, 1]);

        // A view taken before a later append widened the shared storage reads the same values from doubles.
        var widened = floats.Copy();
        var view = widened;
        widened.Append(SampleBuffer.Of(0.1, 0));
        Assert.False(view.HasSingleScores);
        Assert.Equal(3, view.Count);
        Assert.Equal(floats, view);
        Assert.Equal(view, floats);
        Assert.Equal(floats.GetHashCode(), view.GetHashCode());
        Assert.NotEqual(floats, widened);

        var copy = view.Copy();
        Assert.Equal(floats, copy);
        Assert.Equal(floats, Buffer([0.5, 0.25, -0.0], [1, 0, 1]));
        Assert.NotEqual(floats, Buffer([0.5, 0.25, 0.0], [1, 0, 0]));
        Assert.NotEqual(floats, Buffer([0.5, 0.25, 0.0], [1, 0, 1], [1, 1, 2]));

        var wideLabels = Buffer([0.5, 0.25, 0.0, 1], [1, 0, 1, 0.5]);
        var narrowView = wideLabels;
        narrowView = narrowView.Concat(default);
        Assert.Equal(wideLabels, narrowView);
        Assert.Equal("[3 samples]", floats.ToString());
    }

    [Fact]
    public void WeightsStartOnTheFirstWeightOtherThanOneAndAppendInline()
    {
        var buffer = Buffer([0.5, 0.25], [1, 0]);
        Assert.False(buffer.IsWeighted);
        buffer.Append(SampleBuffer.Of(0.75, 1), 3);
        buffer.Append(SampleBuffer.Of(0.125, 0));
        Assert.True(buffer.IsWeighted);
        Assert.True(buffer.HasSingleScores);
        Assert.Equal(new double[] { 1, 1, 3, 1 }, buffer.Weights.ToArray());
        Assert.Equal(3, buffer.WeightAt(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.WeightAt(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.ScoreAt(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.LabelAt(-1));
    }

    // ------------------------------------------------------------------ the unweighted float path

    [Theory]
    [InlineData(1, 0)]
    [InlineData(7, 1)]
    [InlineData(300, 2)]
    [InlineData(5000, 3)]
    public void RankSumEqualsThePairwiseCount(int n, int seed)
    {
        var rng = new Random(seed);
        float[][] pools =
        [
            [0f, -0f, 0.5f, 1f],
            [float.NegativeInfinity, -3e38f, -1f, -0f, 0f, 1e-45f, 2f, float.PositiveInfinity],
            [0.1f, 0.2f, 0.30000001f, 0.3f],
        ];
        foreach (var pool in pools)
        {
            var scores = Enumerable.Range(0, n).Select(_ => pool[rng.Next(pool.Length)]).ToArray();
            var labels = Enumerable.Range(0, n).Select(_ => (byte)rng.Next(2)).ToArray();
            var (pairs, positives, negatives) = RankSum.Count(scores, labels);
            Assert.Equal(PairwiseCount(scores, labels), pairs);
            Assert.Equal(labels.Count(l => l != 0), positives);
            Assert.Equal(n - positives, negatives);
        }

        var continuous = Enumerable.Range(0, n).Select(_ => (float)rng.NextDouble()).ToArray();
        var classes = Enumerable.Range(0, n).Select(_ => (byte)rng.Next(2)).ToArray();
        Assert.Equal(PairwiseCount(continuous, classes), RankSum.Count(continuous, classes).Pairs);
        var logits = continuous.Select(x => (x - 0.5f) * 40).ToArray();
        Assert.Equal(PairwiseCount(logits, classes), RankSum.Count(logits, classes).Pairs);
    }

    [Fact]
    public void RankSumOfNothingAndOfOneSample()
    {
        Assert.Equal((0L, 0L, 0L), RankSum.Count([], []));
        Assert.Equal((0L, 1L, 0L), RankSum.Count([0.5f], [1]));
        Assert.Equal((1L, 1L, 1L), RankSum.Count([-0f, 0f], [1, 0]));
        Assert.Equal((2L, 1L, 1L), RankSum.Count([float.PositiveInfinity, float.MaxValue], [1, 0]));
        Assert.True(double.IsNaN(new ExactAuc().Update([1], new float[] { 0.5f }).Compute()));
        Assert.Equal(1.0, new ExactAuc(zeroDivision: ZeroDivision.One).Update([0], new float[] { 0.5f }).Compute());
    }

    [Fact]
    public void RankSumRejectsNaNAndMismatchedLengths()
    {
        var e = Assert.Throws<ArgumentException>(() => RankSum.Count([0.5f, 0.1f, float.NaN], [0, 1, 1]));
        Assert.Contains("scores[2] is NaN", e.Message, StringComparison.Ordinal);
        Assert.Equal("scores", e.ParamName);
        Assert.Throws<ArgumentException>(() => RankSum.Count([0.5f], [0, 1]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void TheUnweightedFloatPathAgreesWithTheRankedWalk(int seed)
    {
        var rng = new Random(seed);
        var n = 2000;
        var labels = Enumerable.Range(0, n).Select(_ => rng.Next(2)).ToArray();
        var scores = labels.Select(l => MathF.Round((float)(rng.NextDouble() + (0.3 * l)), 2)).ToArray();
        if (seed == 2)
        {
            scores = scores.Select((x, i) => i % 3 == 0 ? -x * 1e30f : x).ToArray();
        }

        var fast = new ExactAuc().Update(labels, scores);
        Assert.False(fast.Samples.IsWeighted);
        Assert.True(fast.Samples.HasSingleScores);

        // Equal weights of 2 take the weighted walk and cannot change the value: bit for bit.
        var walked = new ExactAuc().Update(labels, scores, weights: Enumerable.Repeat(2f, n).ToArray());
        Assert.True(walked.Samples.IsWeighted);
        Assert.Equal(walked.Compute(), fast.Compute());

        // The same values in a storage widened by a later append take the walk over a permutation.
        var widened = fast.Copy();
        var asDoubles = widened;
        widened.Update([0], [0.1]);
        Assert.False(asDoubles.Samples.HasSingleScores);
        Assert.Equal(fast.Compute(), asDoubles.Compute());
        Assert.Equal(PairwiseAuc(scores.Select(x => (double)x).ToArray(), labels), fast.Compute(), 12);
    }

    [Fact]
    public void WeightedAndWidenedSamplesMatchThePairwiseReference()
    {
        var rng = new Random(5);
        var n = 400;
        var labels = Enumerable.Range(0, n).Select(_ => rng.Next(2)).ToArray();
        var scores = Enumerable.Range(0, n).Select(i => i % 50 == 0 ? 0.1 * rng.Next(5) : Math.Round(rng.NextDouble(), 1)).ToArray();
        var weights = Enumerable.Range(0, n).Select(_ => (double)rng.Next(0, 4)).ToArray();
        var metric = new ExactAuc().Update(labels, scores, weights: weights);
        Assert.False(metric.Samples.HasSingleScores);
        Assert.Equal(PairwiseAuc(scores, labels, weights), metric.Compute(), 12);
    }

    [Fact]
    public void MergedShardsOfEitherStorageEqualOnePass()
    {
        var rng = new Random(11);
        var n = 3000;
        var labels = Enumerable.Range(0, n).Select(_ => rng.Next(2)).ToArray();
        var scores = labels.Select(l => Math.Round(rng.NextDouble() + (0.4 * l), 3)).ToArray();
        var floats = scores.Select(x => (float)x).ToArray();
        var exact = floats.Select(x => (double)x).ToArray();
        exact[2500] = scores[2500];

        var whole = new ExactAuc().Update(labels, exact);
        var first = new ExactAuc().Update(labels[..1000], floats[..1000]);
        var second = new ExactAuc().Update(labels[1000..], exact[1000..]);
        Assert.True(first.Samples.HasSingleScores);
        Assert.False(second.Samples.HasSingleScores);
        var merged = first.Merge(second);
        Assert.Equal(whole.Samples, merged.Samples);
        Assert.Equal(whole.Compute(), merged.Compute());
        Assert.Equal(whole.Compute(), second.Merge(first).Compute());

        var floatsOnly = new ExactAuc().Update(labels[..1000], floats[..1000]).Merge(new ExactAuc().Update(labels[1000..], floats[1000..]));
        Assert.True(floatsOnly.Samples.HasSingleScores);
        Assert.Equal(new ExactAuc().Update(labels, floats).Compute(), floatsOnly.Compute());
        Assert.Equal(PairwiseAuc(exact, labels), whole.Compute(), 12);
    }
}
