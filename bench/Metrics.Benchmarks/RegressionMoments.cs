namespace Metrics.Benchmarks;

/// <summary>
/// The whole regression report in one pass once the label mean is known: Σ|e|, Σe² and Σ(y − c)² about a given centre
/// c (the label mean from a first <see cref="Average"/> pass, which keeps the variance the stable two-pass one). A
/// custom metric declared in the benchmark project, ten lines like the README's example, vectorized like a built-in.
/// </summary>
[Metric]
public partial record struct RegressionMoments
{
    /// <summary>The centre c of the label deviations.</summary>
    [Parameter] public double Centre { get; init; }

    /// <summary>Σ|prediction − label|.</summary>
    [Sum] public double AbsoluteError;

    /// <summary>Σ(prediction − label)².</summary>
    [Sum] public double SquaredError;

    /// <summary>Σ(label − c)².</summary>
    [Sum] public double SquaredDeviation;

    /// <summary>The number of pairs.</summary>
    [Sum] public double Count;

    private static RegressionMoments Update(double label, double prediction, double centre)
    {
        var error = prediction - label;
        var deviation = label - centre;
        return new() { AbsoluteError = System.Math.Abs(error), SquaredError = error * error, SquaredDeviation = deviation * deviation, Count = 1 };
    }

    /// <summary>The mean squared error.</summary>
    public readonly double Compute() => SquaredError / Count;
}
