namespace Metrics.Runtime.Tests.Custom;

/// <summary>
/// A vectorizable custom metric whose update checks both of its inputs: class-index labels (0 or 1) and predictions that
/// must not be NaN. It exercises the lane checks of the vector loop: the mean of prediction − label.
/// </summary>
[Metric]
public partial record struct SignedError
{
    /// <summary>The (weighted) sum of prediction − label.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static SignedError Update([ClassIndex(2)] int label, [NotNaN] double prediction) =>
        new() { Total = prediction - label, Count = 1 };

    /// <summary>The mean signed error; NaN when empty.</summary>
    public readonly double Compute() => Total / Count;
}
