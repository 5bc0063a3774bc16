namespace Metrics;

/// <summary>
/// Running mean and variance by Welford's algorithm, merged with Chan's parallel formula, so it stays accurate on
/// data far from zero (values around 1e9) and merges shards exactly. Weights are frequency weights: an integer
/// weight equals repeating the value. An empty or all-masked batch leaves the state unchanged (flax's Welford turns
/// NaN there).
/// </summary>
[Metric]
public partial record struct Welford
{
    /// <summary>The number of values (the sum of their weights).</summary>
    [Sum] public double Count;

    /// <summary>The running mean.</summary>
    public double Mean;

    /// <summary>The sum of squared deviations from the mean.</summary>
    [Sum] public double M2;

    private static Welford Update(double value) => new() { Count = 1, Mean = value, M2 = 0 };

    private static Welford Merge(Welford a, Welford b)
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
            Mean = a.Mean + (delta * (b.Count / count)),
            M2 = a.M2 + b.M2 + (delta * delta * (a.Count / count) * b.Count),
        };
    }

    /// <summary>The mean, variances, standard deviations and standard error of the values seen.</summary>
    public readonly Statistics Compute() => Statistics.From(Count, Mean, M2);
}
