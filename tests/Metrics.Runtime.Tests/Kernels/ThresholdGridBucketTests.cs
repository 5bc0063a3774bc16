using System;
using Metrics.Numerics;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// <see cref="ThresholdGrid.Bucket"/> on even grids (a direct index corrected by neighbour checks) against its
/// definition, the number of thresholds strictly below the score, on random scores, on the neighbours of every
/// threshold, and on the edges (0, 1, the endpoints ±ε, infinities, NaN).
/// </summary>
public sealed class ThresholdGridBucketTests
{
    [Theory]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(200, true)]
    [InlineData(200, false)]
    [InlineData(1001, true)]
    [InlineData(7, false)]
    public void BucketCountsTheThresholdsBelowTheScore(int numThresholds, bool withEndpoints)
    {
        var grid = new ThresholdGrid(numThresholds, default, withEndpoints);
        var rng = new Random(numThresholds);
        for (var k = 0; k < 20_000; k++)
        {
            Check(grid, (rng.NextDouble() * 1.2) - 0.1);
        }

        for (var i = 0; i < grid.Count; i++)
        {
            var t = grid[i];
            foreach (var s in new[] { t, Math.BitDecrement(t), Math.BitIncrement(t), t - 1e-7, t + 1e-7, t - 1e-6, t + 1e-6, t - 2e-6, t + 2e-6 })
            {
                Check(grid, s);
            }
        }

        foreach (var s in new[] { 0.0, -0.0, 1.0, -1e-7, 1 + 1e-7, double.Epsilon, 1 - 1e-16, double.PositiveInfinity, double.NegativeInfinity, double.NaN })
        {
            Check(grid, s);
        }
    }

    private static void Check(ThresholdGrid grid, double score)
    {
        var expected = 0;
        for (var i = 0; i < grid.Count; i++)
        {
            if (grid[i] < score)
            {
                expected++;
            }
        }

        Assert.True(expected == grid.Bucket(score), $"score {score:R}: expected bucket {expected}, got {grid.Bucket(score)}");
    }
}
