namespace Metrics;

/// <summary>
/// The largest absolute error max |y − ŷ|, as scikit-learn's <c>max_error</c>. Weights do not scale it; weight 0
/// excludes an element. NaN when empty; a NaN input propagates.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct MaxError
{
    /// <summary>The largest absolute error so far (−∞ when empty).</summary>
    [Max] public double Value;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static MaxError Update(double label, double prediction) =>
        new() { Value = Math.Abs(label - prediction), Count = 1 };

    /// <summary>The maximum error, or NaN when empty.</summary>
    public readonly double Compute() => Count > 0 ? Value : double.NaN;
}
