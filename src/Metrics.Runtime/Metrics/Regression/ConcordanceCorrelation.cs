using Metrics.Numerics;

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
    /// <summary>The (weighted) number of pairs.</summary>
    [Sum] public double Count;

    /// <summary>The label shift (the first label seen).</summary>
    public double ShiftX;

    /// <summary>The prediction shift (the first prediction seen).</summary>
    public double ShiftY;

    /// <summary>The mean label minus <see cref="ShiftX"/>.</summary>
    public double ShiftedMeanX;

    /// <summary>The mean prediction minus <see cref="ShiftY"/>.</summary>
    public double ShiftedMeanY;

    /// <summary>Σw(x − x̄)².</summary>
    [Sum] public double M2X;

    /// <summary>Σw(y − ȳ)².</summary>
    [Sum] public double M2Y;

    /// <summary>Σw(x − x̄)(y − ȳ).</summary>
    [Sum] public double CoMoment;

    private static ConcordanceCorrelation Update(double label, double prediction) =>
        new() { Count = 1, ShiftX = label, ShiftY = prediction };

    private static ConcordanceCorrelation Merge(ConcordanceCorrelation a, ConcordanceCorrelation b)
    {
        var merged = ShiftedComoments.Merge(
            new(a.Count, a.ShiftX, a.ShiftY, a.ShiftedMeanX, a.ShiftedMeanY, a.M2X, a.M2Y, a.CoMoment),
            new(b.Count, b.ShiftX, b.ShiftY, b.ShiftedMeanX, b.ShiftedMeanY, b.M2X, b.M2Y, b.CoMoment));
        return new()
        {
            Count = merged.Count, ShiftX = merged.ShiftX, ShiftY = merged.ShiftY,
            ShiftedMeanX = merged.ShiftedMeanX, ShiftedMeanY = merged.ShiftedMeanY,
            M2X = merged.M2X, M2Y = merged.M2Y, CoMoment = merged.CoMoment,
        };
    }

    /// <summary>The co-moments seen so far.</summary>
    public readonly Comoments Moments =>
        new(Count, ShiftX + ShiftedMeanX, ShiftY + ShiftedMeanY, M2X, M2Y, CoMoment, (ShiftX - ShiftY) + (ShiftedMeanX - ShiftedMeanY));

    /// <summary>The concordance correlation over every pair seen; NaN when empty or undefined.</summary>
    public readonly double Compute() => Moments.Concordance;
}
