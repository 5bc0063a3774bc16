namespace Metrics.Serialization.Tests.Binary.Custom;

/// <summary>A custom metric with a user merge (Welford-like): count, mean and sum of squared deviations.</summary>
[Metric]
public partial record struct RunningMoments
{
    /// <summary>The number of values.</summary>
    [Sum] public long Count;

    /// <summary>The running mean.</summary>
    public double Mean;

    /// <summary>The sum of squared deviations from the mean.</summary>
    public double M2;

    private static RunningMoments Update(double value) => new() { Count = 1, Mean = value, M2 = 0 };

    private static RunningMoments Merge(RunningMoments a, RunningMoments b)
    {
        if (b.Count == 0)
        {
            return a;
        }

        if (a.Count == 0)
        {
            return b;
        }

        var count = a.Count + b.Count;
        var delta = b.Mean - a.Mean;
        return new()
        {
            Count = count,
            Mean = a.Mean + (delta * b.Count / count),
            M2 = a.M2 + b.M2 + (delta * delta * a.Count * b.Count / count),
        };
    }

    /// <summary>The population variance.</summary>
    public readonly double Compute() => M2 / Count;
}
