namespace Metrics;

/// <summary>
/// Keras' <c>ConcordanceCorrelation</c>: Lin's coefficient of each label row against its prediction row,
/// <c>2·cov / (var_y + var_ŷ + (ȳ − ŷ̄)² + Epsilon)</c> with population moments along the last axis, averaged (weighted)
/// over rows. <see cref="Epsilon"/> defaults to 0, which reproduces Keras' documented values (0.98163204); Keras 3's
/// code adds 1e-7, pass <c>epsilon: 1e-7</c> to match it. A row with zero denominator gives NaN. For the global
/// coefficient use <see cref="ConcordanceCorrelation"/>. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct RowConcordanceCorrelation
{
    /// <summary>Added to each row's denominator (default 0; Keras 3 uses 1e-7).</summary>
    [Parameter(Min = 0)] public double Epsilon { get; init; } = 0.0;

    /// <summary>The (weighted) sum of row coefficients.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of rows.</summary>
    [Sum] public double Count;

    private static RowConcordanceCorrelation Update<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> predictions, double epsilon)
        where T : INumberBase<T>
    {
        var m = RowCorrelation.Moments(labels, predictions);
        var n = m.Count;
        var denominator = (m.M2X / n) + (m.M2Y / n) + (m.MeanDifference * m.MeanDifference) + epsilon;
        return new() { Total = 2.0 * m.CoMoment / n / denominator, Count = 1 };
    }

    /// <summary>The mean per-row concordance coefficient, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Total, Count);
}
