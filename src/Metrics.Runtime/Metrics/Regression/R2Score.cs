namespace Metrics;

/// <summary>
/// The coefficient of determination <c>1 − SS_res / SS_tot</c> of one output, streaming and mergeable, as
/// scikit-learn's <c>r2_score</c> with <c>sample_weight</c>. SS_tot comes from Welford-style shifted moments, so data
/// offset by 1e9 keeps its precision. A constant target follows scikit-learn's <c>force_finite</c>: 1 if predicted
/// perfectly, else 0. With <see cref="NumRegressors"/> = p &gt; 0 the value is Keras' adjusted R²
/// <c>1 − (1 − R²)(n − 1)/(n − p − 1)</c> with n the (weighted) count; NaN when <c>n − p − 1 ≤ 0</c> (Keras warns and
/// falls back to R²). Several outputs: one metric per output column, combined by
/// <see cref="Average(ReadOnlySpan{R2Score}, MultiOutputAverage)"/>. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter]
[ShiftedMoments(nameof(Count), nameof(Shift), nameof(ShiftedMean), nameof(TotalSquares))]
public partial record struct R2Score
{
    /// <summary>The number of regressors p for the adjusted R² (default 0: plain R²).</summary>
    [Parameter(Min = 0)] public int NumRegressors { get; init; } = 0;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    /// <summary>The label shift (the first label seen).</summary>
    public double Shift;

    /// <summary>The mean label minus <see cref="Shift"/>.</summary>
    public double ShiftedMean;

    /// <summary>SS_tot = Σw(y − ȳ)².</summary>
    [Sum] public double TotalSquares;

    /// <summary>SS_res = Σw(y − ŷ)².</summary>
    [Sum] public double ResidualSquares;

    private static R2Score Update(double label, double prediction)
    {
        var error = label - prediction;
        return new() { Count = 1, Shift = label, ResidualSquares = error * error };
    }

    private static R2Score Merge(R2Score a, R2Score b)
    {
        var merged = ShiftedComoments.Merge(
            new(a.Count, a.Shift, 0, a.ShiftedMean, 0, a.TotalSquares, 0, 0),
            new(b.Count, b.Shift, 0, b.ShiftedMean, 0, b.TotalSquares, 0, 0));
        return new()
        {
            Count = merged.Count,
            Shift = merged.ShiftX,
            ShiftedMean = merged.ShiftedMeanX,
            TotalSquares = merged.M2X,
            ResidualSquares = a.ResidualSquares + b.ResidualSquares,
        };
    }

    /// <summary>
    /// R² (adjusted when <see cref="NumRegressors"/> &gt; 0), or NaN when empty or outside the range of
    /// docs/numeric-range.md: a sum of squares that is ±∞ or NaN, a nonzero SS_tot below
    /// <see cref="NumericRange.SmallestSquares"/> or one that may have underflowed to 0, a weight total beyond
    /// <see cref="double.MaxValue"/>.
    /// </summary>
    public readonly double Compute()
    {
        if (!(Count > 0) || double.IsPositiveInfinity(Count) || !double.IsFinite(ResidualSquares))
        {
            return double.NaN;
        }

        double r2;
        if (NumericRange.IsConstant(TotalSquares, Math.Max(Math.Abs(Shift), Math.Abs(Shift + ShiftedMean))))
        {
            r2 = ResidualSquares == 0 ? 1.0 : 0.0;
        }
        else if (TotalSquares != 0 && NumericRange.IsResolved(TotalSquares))
        {
            r2 = 1.0 - (ResidualSquares / TotalSquares);
        }
        else
        {
            return double.NaN;
        }
        if (NumRegressors == 0)
        {
            return r2;
        }

        var dof = Count - NumRegressors - 1;
        return dof <= 0 ? double.NaN : 1.0 - ((1.0 - r2) * (Count - 1) / dof);
    }

    /// <summary>
    /// Combines per-output scores (one metric per output column) as scikit-learn's <c>multioutput</c>: the plain mean,
    /// or the mean weighted by each output's SS_tot (uniform when every output is constant).
    /// </summary>
    /// <param name="outputs">One metric per output column.</param>
    /// <param name="average">How to combine them.</param>
    /// <exception cref="ArgumentException"><paramref name="outputs"/> is empty.</exception>
    public static double Average(ReadOnlySpan<R2Score> outputs, MultiOutputAverage average) =>
        OutputAverage.Combine(outputs, static m => m.Compute(), static m => m.TotalSquares, average);
}
