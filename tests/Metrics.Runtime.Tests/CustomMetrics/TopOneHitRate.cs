using System;
using System.Numerics;

namespace Metrics.Runtime.Tests.Custom;

/// <summary>
/// The (weighted) top-1 hit rate of score rows: a row is a hit when no score is strictly greater than the labelled
/// class's score (so, unlike <see cref="Accuracy"/>'s first-index argmax, a tie for the top counts as a hit). A custom
/// metric declared with the DSL: a generic row update with a class-index label.
/// </summary>
[Metric]
public partial record struct TopOneHitRate
{
    /// <summary>The (weighted) number of hits.</summary>
    [Sum] public double Hits;

    /// <summary>The (weighted) number of rows.</summary>
    [Sum] public double Count;

    private static TopOneHitRate Update<T>([ClassIndex] int label, ReadOnlySpan<T> scores)
        where T : INumber<T>
    {
        var target = scores[label];
        foreach (var score in scores)
        {
            if (score > target)
            {
                return new() { Hits = 0, Count = 1 };
            }
        }

        return new() { Hits = 1, Count = 1 };
    }

    /// <summary>The hit rate, or NaN when empty.</summary>
    public readonly double Compute() => Hits / Count;
}
