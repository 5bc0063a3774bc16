using System;
using System.Linq;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The cases of issue 12 §4 where a value that does not depend on the scale of the data or of the weights went wrong at
/// the ends of the double range, and the documented values (docs/numeric-range.md) where double cannot hold the answer:
/// a weight total beyond double.MaxValue, second moments that underflow, and ±∞ in Welford-style states.
/// </summary>
public sealed class NumericRangeTests
{
    private static readonly double[] Steps = Enumerable.Range(1, 10).Select(i => (double)i).ToArray();

    // y ≈ 2x with a fixed wobble: r = 0.965 at every scale.
    private static readonly double[] Wobble = [0.8, -1.1, 2.3, -0.4, -2.6, 1.7, 0.2, -1.9, 1.4, -0.6];

    private static double Pearson(double scale) =>
        new PearsonCorrelation().Update(Steps.Select(x => x * scale).ToArray(), Steps.Select((x, i) => ((2 * x) + Wobble[i]) * scale).ToArray()).Compute();

    private static double Concordance(double scale) =>
        new ConcordanceCorrelation().Update(Steps.Select(x => x * scale).ToArray(), Steps.Select((x, i) => (x + Wobble[i]) * scale).ToArray()).Compute();

    [Theory]
    [InlineData(1e100)]
    [InlineData(1e-100)]
    [InlineData(1e150)]
    [InlineData(1e-140)]
    public void PearsonKeepsItsValueAtEveryScale(double scale)
    {
        var expected = Pearson(1);
        Assert.InRange(expected, 0.95, 0.99);
        Assert.Equal(expected, Pearson(scale), 1e-12);
    }

    [Theory]
    [InlineData(1e100)]
    [InlineData(1e-100)]
    [InlineData(1e150)]
    [InlineData(1e-140)]
    public void ConcordanceKeepsItsValueAtEveryScale(double scale) =>
        Assert.Equal(Concordance(1), Concordance(scale), 1e-12);

    [Fact]
    public void ConcordanceOfFarApartMeansIsZeroNotNaN()
    {
        // n·d² overflows while the spreads do not: the value is 0 to rounding.
        var labels = Steps.Select(x => x * 1e150).ToArray();
        var predictions = Steps.Select(x => 1e300 + (x * 1e150)).ToArray();
        Assert.Equal(0.0, new ConcordanceCorrelation().Update(labels, predictions).Compute());
    }

    [Theory]
    [InlineData(1e-200)]
    [InlineData(1e-160)]
    [InlineData(1e200)]
    [InlineData(1e160)]
    public void CorrelationsBeyondTheRangeOfSecondMomentsAreNaN(double scale)
    {
        // Squared deviations underflow (subnormal or 0) or overflow: double cannot hold them, the documented value is NaN.
        Assert.True(double.IsNaN(Pearson(scale)), $"Pearson at {scale}: {Pearson(scale)}");
        Assert.True(double.IsNaN(Concordance(scale)), $"CCC at {scale}: {Concordance(scale)}");
    }

    [Theory]
    [InlineData(1e-200)]
    [InlineData(1e-160)]
    [InlineData(1e200)]
    public void DeterminationBeyondTheRangeOfSecondMomentsIsNaN(double scale)
    {
        var labels = Steps.Select(x => x * scale).ToArray();
        var predictions = Steps.Select((x, i) => (x + (0.1 * Wobble[i])) * scale).ToArray();
        Assert.True(double.IsNaN(new R2Score().Update(labels, predictions).Compute()));
        Assert.True(double.IsNaN(new ExplainedVariance().Update(labels, predictions).Compute()));
    }

    [Fact]
    public void DeterminationOfAnExactlyConstantTargetFollowsForceFinite()
    {
        Assert.Equal(1.0, new R2Score().Update([0.0, 0.0], [0.0, 0.0]).Compute());

        // Constant labels too small to tell from a spread that squared to 0: the documented NaN.
        Assert.True(double.IsNaN(new R2Score().Update([1e-300, 1e-300], [0.0, 0.0]).Compute()));
        Assert.Equal(0.0, new R2Score().Update([3.0, 3.0], [1.0, 2.0]).Compute());
        Assert.Equal(1.0, new ExplainedVariance().Update([3.0, 3.0], [1.0, 1.0]).Compute());
    }

    private static readonly int[] BinaryLabels = [0, 0, 1, 1, 1, 0, 1, 0];
    private static readonly int[] BinaryPredictions = [0, 1, 1, 0, 1, 0, 1, 1];
    private static readonly double[] BinaryScores = [0.1, 0.7, 0.8, 0.3, 0.9, 0.2, 0.6, 0.4];
    private static readonly double[] BaseWeights = [1, 2, 3, 1, 2, 1, 1, 3];

    private static double[] Weights(double scale) => BaseWeights.Select(w => w * scale).ToArray();

    [Theory]
    [InlineData(1e77)]
    [InlineData(1e-85)]
    [InlineData(1e300)]
    [InlineData(1e-300)]
    public void MatthewsIgnoresTheScaleOfWeights(double scale)
    {
        var expected = new MatthewsCorrelation(2).Update(BinaryLabels, BinaryPredictions, null, BaseWeights).Compute();
        Assert.NotEqual(0.0, expected);
        Assert.Equal(expected, new MatthewsCorrelation(2).Update(BinaryLabels, BinaryPredictions, null, Weights(scale)).Compute(), 1e-12);
    }

    [Theory]
    [InlineData(1e155, KappaWeighting.None)]
    [InlineData(1e-165, KappaWeighting.None)]
    [InlineData(1e300, KappaWeighting.Quadratic)]
    [InlineData(1e-300, KappaWeighting.Linear)]
    public void CohenKappaIgnoresTheScaleOfWeights(double scale, KappaWeighting weighting)
    {
        var expected = new CohenKappa(2, weighting).Update(BinaryLabels, BinaryPredictions, null, BaseWeights).Compute();
        Assert.Equal(expected, new CohenKappa(2, weighting).Update(BinaryLabels, BinaryPredictions, null, Weights(scale)).Compute(), 1e-12);
    }

    [Theory]
    [InlineData(1e-170)]
    [InlineData(1e160)]
    [InlineData(1e300)]
    public void ExactRocAucIgnoresTheScaleOfWeights(double scale)
    {
        var expected = new ExactAuc().Update(BinaryLabels, BinaryScores, null, BaseWeights).Compute();
        Assert.InRange(expected, 0.5, 1.0);
        Assert.Equal(expected, new ExactAuc().Update(BinaryLabels, BinaryScores, null, Weights(scale)).Compute(), 1e-12);
    }

    [Fact]
    public void AWeightTotalBeyondMaxValueIsNaNNotAWrongFraction()
    {
        // The count is 2e308 = +∞: 1e308 / ∞ gave 0 (true 0.5).
        Assert.True(double.IsNaN(new Accuracy(.5).Update([1, 0], [.9, .9], weights: [1e308, 1e308]).Compute()));
        Assert.True(double.IsNaN(new MeanSquaredError().Update([1.0, 2.0], [1.0, 1.0], weights: [1e308, 1e308]).Compute()));
        var statistics = new Welford().Update([1.0, 3.0], weights: [1e308, 1e308]).Compute();
        Assert.True(double.IsNaN(statistics.Mean), $"mean {statistics.Mean}");
        Assert.True(double.IsNaN(statistics.Variance));
        Assert.True(double.IsNaN(new MatthewsCorrelation(2).Update([1, 1, 1], [1, 1, 1], weights: [1e308, 1e308, 1e308]).Compute()));
    }

    [Fact]
    public void WelfordWithInfinityGivesOneAnswerWhateverTheOrder()
    {
        double[][] orders = [[1, 2, double.PositiveInfinity], [double.PositiveInfinity, 1, 2], [1, double.PositiveInfinity, 2]];
        foreach (var values in orders)
        {
            var statistics = new Welford().Update(values).Compute();
            Assert.Equal(double.PositiveInfinity, statistics.Mean);
            Assert.True(double.IsNaN(statistics.Variance), string.Join(", ", values));
        }

        var small = new Welford().Update([1.0, 2.0]);
        var infinite = new Welford().Update([double.PositiveInfinity]);
        Assert.Equal(double.PositiveInfinity, small.Merge(infinite).Compute().Mean);
        Assert.Equal(double.PositiveInfinity, infinite.Merge(small).Compute().Mean);
        Assert.True(double.IsNaN(infinite.Compute().Variance));

        var negative = new Welford().Update([double.NegativeInfinity, 5.0]);
        Assert.True(double.IsNaN(infinite.Merge(negative).Compute().Mean));
        Assert.True(double.IsNaN(negative.Merge(infinite).Compute().Mean));
    }

    [Fact]
    public void WelfordMeanOfFiniteValuesFartherApartThanMaxValueIsRight()
    {
        var statistics = new Welford().Update([-1e308, 1e308, 1e308, 1e308]).Compute();
        Assert.Equal(5e307, statistics.Mean, 1e-12 * 5e307);
        statistics = new Welford().Update([1e308, 1e308, 1e308, -1e308]).Compute();
        Assert.Equal(5e307, statistics.Mean, 1e-12 * 5e307);
    }

    [Fact]
    public void CorrelationWithInfinityIsNaNWhateverTheOrder()
    {
        double[] finite = [1, 2, 3, 4];
        double[] withInfinity = [1, 2, double.PositiveInfinity, 4];
        Assert.True(double.IsNaN(new PearsonCorrelation().Update(withInfinity, finite).Compute()));
        Assert.True(double.IsNaN(new PearsonCorrelation().Update(finite, withInfinity).Compute()));
        var a = new R2Score().Update([double.PositiveInfinity], [1.0]);
        var b = new R2Score().Update([1.0, 2.0], [1.0, 2.0]);
        Assert.True(double.IsNaN(a.Merge(b).Compute()));
        Assert.True(double.IsNaN(b.Merge(a).Compute()));
    }

    // One positive predicted positive and one negative predicted negative, each weighted near double.MaxValue: the
    // counts are finite, but (predicted + actual positives) and the four-count total overflow when summed raw.
    private static readonly int[] TwoLabels = [1, 0];
    private static readonly double[] TwoScores = [0.9, 0.1];
    private static readonly double[] HugeWeights = [1e308, 1e308];

    [Fact]
    public void F1AndConfusionRatiosOfHugeWeightsAreExact()
    {
        Assert.Equal(1.0, new F1Score(threshold: 0.5).Update(TwoLabels, TwoScores, weights: HugeWeights).Compute());
        var counts = new BinaryCounts(threshold: 0.5).Update(TwoLabels, TwoScores, weights: HugeWeights).Compute();
        Assert.Equal(1.0, counts.Accuracy());
        Assert.Equal(1.0, counts.FBeta(2));
        Assert.Equal(1.0, counts.Precision());
    }

    [Fact]
    public void ARatioOverAnOverflowedTotalIsNaNNotZero()
    {
        // Two negatives predicted positive at 1e308 each: TP = 0 is exact, FP = 2e308 overflowed to ∞; precision is 0,
        // but an overflowed denominator cannot tell 0 from any other value.
        double[] weights = [1e308, 1e308, 1];
        int[] labels = [0, 0, 1];
        double[] scores = [0.9, 0.9, 0.9];
        Assert.True(double.IsNaN(new Precision(threshold: 0.5).Update(labels, scores, weights: weights).Compute()));
        Assert.True(double.IsNaN(ZeroDivision.Zero.Divide(1, double.PositiveInfinity)));
    }
}
