using System;
using System.Linq;
using Metrics.Runtime.Tests.Custom;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Function metrics (<c>[MeanOf]</c>, declared in CustomMetrics/FunctionMetrics.cs) equal their hand-declared
/// equivalents over masks, weights and merged shards: the same state, element by element, and the same value.
/// </summary>
public sealed class FunctionMetricTests
{
    private const int Length = 203;

    private static (double[] Labels, double[] Predictions, bool[] Mask, double[] Weights) Data(int seed)
    {
        var random = new Random(seed);
        var labels = Enumerable.Range(0, Length).Select(_ => (random.NextDouble() * 4) - 2).ToArray();
        var predictions = Enumerable.Range(0, Length).Select(_ => (random.NextDouble() * 4) - 2).ToArray();
        var mask = Enumerable.Range(0, Length).Select(_ => random.NextDouble() < 0.7).ToArray();
        var weights = Enumerable.Range(0, Length).Select(_ => (double)random.Next(0, 4)).ToArray();
        predictions[5] = double.NaN;
        mask[5] = false;
        return (labels, predictions, mask, weights);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void PairFunctionEqualsTheHandDeclaredMetric(int seed)
    {
        var (labels, predictions, mask, weights) = Data(seed);
        var function = new FunctionAbsoluteError().Update(labels, predictions, mask, weights);
        var hand = new HandAbsoluteError().Update(labels, predictions, mask, weights);
        Assert.Equal(hand.AbsoluteError, function.AbsoluteError);
        Assert.Equal(hand.Count, function.Count);
        Assert.Equal(hand.Compute(), function.Compute());
        Assert.False(double.IsNaN(function.Compute()));

        var merged = new FunctionAbsoluteError().Update(labels[..100], predictions[..100], mask[..100], weights[..100])
            .Merge(new FunctionAbsoluteError().Update(labels[100..], predictions[100..], mask[100..], weights[100..]));
        Assert.Equal(function.Compute(), merged.Compute(), 12);
    }

    [Fact]
    public void MaskEqualsIndexingAndEmptyIsNaN()
    {
        var (labels, predictions, mask, _) = Data(3);
        var kept = Enumerable.Range(0, Length).Where(i => mask[i]).ToArray();
        Assert.Equal(
            new FunctionHuber(delta: 0.5).Update(kept.Select(i => labels[i]).ToArray(), kept.Select(i => predictions[i]).ToArray()).Compute(),
            new FunctionHuber(delta: 0.5).Update(labels, predictions, mask).Compute(),
            12);
        Assert.True(double.IsNaN(new FunctionHuber().Compute()));
        Assert.True(double.IsNaN(new FunctionHuber().Update(labels, predictions, new bool[Length]).Compute()));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(3.0)]
    public void FunctionWithAParameterEqualsTheHandDeclaredMetric(double delta)
    {
        var (labels, predictions, mask, weights) = Data(4);
        var function = new FunctionHuber(delta).Update(labels, predictions, mask, weights);
        var hand = new HuberLoss(delta).Update(labels, predictions, mask, weights);
        Assert.Equal(hand.Total, function.Total);
        Assert.Equal(hand.Count, function.Count);
        Assert.Equal(hand.Compute(), function.Compute());
        Assert.ThrowsAny<ArgumentException>(() => function.Merge(new FunctionHuber(delta + 1)));
        Assert.ThrowsAny<ArgumentException>(() => new FunctionHuber(0));
    }

    [Fact]
    public void IntegerWeightsEqualRepetition()
    {
        var (labels, predictions, _, weights) = Data(5);
        predictions[5] = 0;
        var repeated = Enumerable.Range(0, Length).SelectMany(i => Enumerable.Repeat(i, (int)weights[i])).ToArray();
        Assert.Equal(
            new FunctionHuber().Update(repeated.Select(i => labels[i]).ToArray(), repeated.Select(i => predictions[i]).ToArray()).Compute(),
            new FunctionHuber().Update(labels, predictions, weights: weights).Compute(),
            12);
    }

    [Fact]
    public void GenericRowFunctionEqualsTheHandDeclaredMetric()
    {
        var random = new Random(6);
        var rows = new float[50, 4];
        var classes = new int[50];
        var mask = new bool[50];
        var weights = new float[50];
        for (var r = 0; r < 50; r++)
        {
            for (var c = 0; c < 4; c++)
            {
                rows[r, c] = (float)(random.NextDouble() + 0.01);
            }

            classes[r] = random.Next(4);
            mask[r] = random.NextDouble() < 0.8;
            weights[r] = random.Next(0, 3);
        }

        var function = new FunctionRowLoss().Update(classes, rows, mask, weights);
        var hand = new HandRowLoss().Update(classes, rows, mask, weights);
        Assert.Equal(hand.Total, function.Total);
        Assert.Equal(hand.Count, function.Count);
        Assert.Equal(hand.Compute(), function.Compute());

        classes[0] = 4;
        mask[0] = true;
        Assert.ThrowsAny<ArgumentException>(() => new FunctionRowLoss().Update(classes, rows, mask));
    }

    [Fact]
    public void GenericPairFunctionEqualsTheHandDeclaredMetricInEachPrecision()
    {
        var (labels, predictions, mask, weights) = Data(7);
        var single = labels.Select(x => (float)x).ToArray();
        var singlePredictions = predictions.Select(x => (float)x).ToArray();
        var singleWeights = weights.Select(x => (float)x).ToArray();
        Assert.Equal(
            new HandSquaredError().Update(labels, predictions, mask, weights).Compute(),
            new FunctionSquaredError().Update(labels, predictions, mask, weights).Compute());
        Assert.Equal(
            new HandSquaredError().Update(single, singlePredictions, mask, singleWeights).Compute(),
            new FunctionSquaredError().Update(single, singlePredictions, mask, singleWeights).Compute());
    }

    // The vector operator is generated when the function's body translates lane-wise, a generic function's included (T bound per overload).
    [Fact]
    public void LaneWiseFunctionsAreVectorized()
    {
        static bool Vectorized(Type type) => type.GetNestedTypes(System.Reflection.BindingFlags.NonPublic)
            .SelectMany(t => t.GetInterfaces()).Any(i => i.Name.StartsWith("IVectorOperator", StringComparison.Ordinal));
        Assert.True(Vectorized(typeof(FunctionAbsoluteError)));
        Assert.True(Vectorized(typeof(FunctionHuber)));
        Assert.True(Vectorized(typeof(MeanAbsoluteError)));
        Assert.True(Vectorized(typeof(FunctionSquaredError)));
    }
}
