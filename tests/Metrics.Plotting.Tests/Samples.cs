using System;

namespace Metrics.Plotting.Tests;

/// <summary>Binary labels and scores where positives tend to score higher, from a fixed seed.</summary>
internal static class Samples
{
    public static (int[] Labels, double[] Scores) Binary(int count, int seed, double separation = 0.25)
    {
        var random = new Random(seed);
        var labels = new int[count];
        var scores = new double[count];
        for (var i = 0; i < count; i++)
        {
            labels[i] = random.NextDouble() < 0.4 ? 1 : 0;
            scores[i] = Math.Clamp((random.NextDouble() * 0.75) + (labels[i] * separation), 0, 1);
        }

        return (labels, scores);
    }
}
