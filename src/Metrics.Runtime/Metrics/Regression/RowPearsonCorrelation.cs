namespace Metrics;

/// <summary>
/// Keras' <c>PearsonCorrelation</c>: Pearson's r of each label row against its prediction row (population moments,
/// along the last axis), averaged (weighted) over rows. Not a global correlation: for that use
/// <see cref="PearsonCorrelation"/>. A constant row gives NaN (as Keras), which propagates to the value. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct RowPearsonCorrelation
{
    /// <summary>The (weighted) sum of row coefficients.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of rows.</summary>
    [Sum] public double Count;

    private static RowPearsonCorrelation Update<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> predictions)
        where T : INumberBase<T> =>
        new() { Total = RowCorrelation.Moments(labels, predictions).Pearson, Count = 1 };

    /// <summary>The mean per-row Pearson coefficient, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Total, Count);
}
