namespace Metrics;

/// <summary>
/// Lin's concordance correlation coefficient over every pair seen (global and streaming), with population moments:
/// <c>2·cov / (var_y + var_ŷ + (ȳ − ŷ̄)²)</c>, from the same mergeable co-moments as <see cref="PearsonCorrelation"/>
/// (<see cref="Comoments"/>): shards merge exactly as one pass and data offset by 1e9 keeps its precision. NaN when
/// empty or when labels and predictions are the same constant. Keras' <c>ConcordanceCorrelation</c>, a mean of per-row
/// coefficients, is <see cref="RowConcordanceCorrelation"/>.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct ConcordanceCorrelation
{
    /// <summary>The mergeable co-moments, the state of <see cref="PearsonCorrelation"/>, which both coefficients share.</summary>
    [Statistics] public PearsonCorrelation CoMoments;

    /// <summary>The co-moments seen so far.</summary>
    public readonly Comoments Moments => CoMoments.Moments;

    /// <summary>The concordance correlation over every pair seen; NaN when empty or undefined.</summary>
    public readonly double Compute() => Moments.Concordance;
}
