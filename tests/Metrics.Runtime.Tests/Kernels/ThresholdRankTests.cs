using System;
using System.Linq;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The threshold-list confusion counts with long, unsorted lists holding duplicates (the rank of a score is counted a
/// vector at a time, with a scalar remainder): every threshold's true and false positives against a direct count of
/// <c>score &gt; t</c>, including scores equal to a threshold and NaN.
/// </summary>
public sealed class ThresholdRankTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(9)]
    [InlineData(37)]
    public void CountsMatchADirectComparisonAtEveryThreshold(int count)
    {
        var rng = new Random(count);
        var thresholds = Enumerable.Range(0, count).Select(_ => Math.Round(rng.NextDouble(), 2)).ToArray();
        thresholds[count / 2] = thresholds[0];
        var n = 500;
        var labels = new int[n];
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            labels[i] = rng.Next(2);
            scores[i] = i % 7 == 0 ? thresholds[i % count] : i % 50 == 1 ? double.NaN : Math.Round(rng.NextDouble(), 2);
        }

        var truePositives = new TruePositives(ParameterArray.Create<double>(thresholds)).Update(labels, scores).Compute();
        var falsePositives = new FalsePositives(ParameterArray.Create<double>(thresholds)).Update(labels, scores).Compute();
        for (var j = 0; j < count; j++)
        {
            var t = thresholds[j];
            Assert.Equal(Enumerable.Range(0, n).Count(i => labels[i] == 1 && scores[i] > t), truePositives[j]);
            Assert.Equal(Enumerable.Range(0, n).Count(i => labels[i] == 0 && scores[i] > t), falsePositives[j]);
        }
    }
}
