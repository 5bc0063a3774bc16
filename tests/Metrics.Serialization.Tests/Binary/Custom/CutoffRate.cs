namespace Metrics.Serialization.Tests.Binary.Custom;

/// <summary>A custom metric with a Boolean and a configuration-value parameter: the rate of predictions above a cut-off.</summary>
[Metric]
public partial record struct CutoffRate
{
    /// <summary>Whether a prediction equal to the cut-off counts.</summary>
    [Parameter] public bool Inclusive { get; init; }

    /// <summary>The cut-offs; the first one is used.</summary>
    [Parameter] public Cutoffs Cutoffs { get; init; } = new("half", 0.5);

    /// <summary>The (weighted) number above.</summary>
    [Sum] public double Above;

    /// <summary>The (weighted) number of predictions.</summary>
    [Sum] public double Count;

    private static CutoffRate Update(double prediction, bool inclusive, Cutoffs cutoffs)
    {
        var cutoff = cutoffs.Values.IsEmpty ? 0.5 : cutoffs.Values[0];
        return new() { Above = (inclusive ? prediction >= cutoff : prediction > cutoff) ? 1 : 0, Count = 1 };
    }

    /// <summary>The rate.</summary>
    public readonly double Compute() => Above / Count;
}
