namespace Metrics.Orleans.Tests;

/// <summary>A user metric with no Orleans attribute: a weighted mean of (prediction − label) and every sample kept.</summary>
[Metric]
public partial record struct ShiftedMean
{
    /// <summary>The weighted sum of differences.</summary>
    [Sum] public double Total;

    /// <summary>The weight.</summary>
    [Sum] public double Weight;

    /// <summary>Every (prediction, label) pair.</summary>
    [Append] public SampleBuffer Samples;

    private static ShiftedMean Update(double label, double prediction) =>
        new() { Total = prediction - label, Weight = 1, Samples = SampleBuffer.Of(prediction, label) };

    /// <summary>The mean difference.</summary>
    public readonly double Compute() => Total / Weight;
}
