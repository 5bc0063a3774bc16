namespace Metrics;

/// <summary>
/// The explained variance score <c>1 − Var(y − ŷ) / Var(y)</c> of one output, streaming and mergeable, as scikit-learn's
/// <c>explained_variance_score</c> with <c>sample_weight</c>. Both variances come from Welford-style shifted moments,
/// so data offset by 1e9 keeps its precision. A constant target follows scikit-learn's <c>force_finite</c>
/// (<see cref="ForceFinite"/>): 1 if the residual variance is 0, else 0; with <c>force_finite=False</c> NaN (0/0) or
/// −∞. Several outputs: one metric per output column, combined by
/// <see cref="Average(ReadOnlySpan{ExplainedVariance}, MultiOutputAverage)"/>. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter]
[ShiftedMoments(nameof(Count), nameof(LabelShift), nameof(ResidualShift), nameof(ShiftedLabelMean), nameof(ShiftedResidualMean), nameof(LabelSquares), nameof(ResidualSquares), nameof(CoMoment))]
public partial record struct ExplainedVariance
{
    /// <summary>
    /// scikit-learn's <c>force_finite</c> (default true): a constant target gives 1 or 0; false gives NaN (perfect
    /// prediction, 0/0) or −∞.
    /// </summary>
    [Parameter] public bool ForceFinite { get; init; } = true;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    /// <summary>The label shift (the first label seen).</summary>
    public double LabelShift;

    /// <summary>The residual shift (the first residual y − ŷ seen).</summary>
    public double ResidualShift;

    /// <summary>The mean label minus <see cref="LabelShift"/>.</summary>
    public double ShiftedLabelMean;

    /// <summary>The mean residual minus <see cref="ResidualShift"/>.</summary>
    public double ShiftedResidualMean;

    /// <summary>Σw(y − ȳ)².</summary>
    [Sum] public double LabelSquares;

    /// <summary>Σw(e − ē)² with e = y − ŷ.</summary>
    [Sum] public double ResidualSquares;

    /// <summary>Σw(y − ȳ)(e − ē) (kept by the shared co-moment merge).</summary>
    [Sum] public double CoMoment;

    private static ExplainedVariance Update(double label, double prediction) =>
        new() { Count = 1, LabelShift = label, ResidualShift = label - prediction };

    private static ExplainedVariance Merge(ExplainedVariance a, ExplainedVariance b)
    {
        var merged = ShiftedComoments.Merge(
            new(a.Count, a.LabelShift, a.ResidualShift, a.ShiftedLabelMean, a.ShiftedResidualMean, a.LabelSquares, a.ResidualSquares, a.CoMoment),
            new(b.Count, b.LabelShift, b.ResidualShift, b.ShiftedLabelMean, b.ShiftedResidualMean, b.LabelSquares, b.ResidualSquares, b.CoMoment));
        return new()
        {
            Count = merged.Count,
            LabelShift = merged.ShiftX,
            ResidualShift = merged.ShiftY,
            ShiftedLabelMean = merged.ShiftedMeanX,
            ShiftedResidualMean = merged.ShiftedMeanY,
            LabelSquares = merged.M2X,
            ResidualSquares = merged.M2Y,
            CoMoment = merged.CoMoment,
        };
    }

    /// <summary>
    /// The explained variance score, or NaN when empty or outside the range of docs/numeric-range.md (as
    /// <see cref="R2Score.Compute"/>, with the label variance in place of SS_tot).
    /// </summary>
    public readonly double Compute()
    {
        if (!(Count > 0) || double.IsPositiveInfinity(Count) || !double.IsFinite(ResidualSquares))
        {
            return double.NaN;
        }

        if (NumericRange.IsConstant(LabelSquares, Math.Max(Math.Abs(LabelShift), Math.Abs(LabelShift + ShiftedLabelMean))))
        {
            return ResidualSquares == 0 ? (ForceFinite ? 1.0 : double.NaN) : ForceFinite ? 0.0 : double.NegativeInfinity;
        }

        return LabelSquares != 0 && NumericRange.IsResolved(LabelSquares) ? 1.0 - (ResidualSquares / LabelSquares) : double.NaN;
    }

    /// <summary>
    /// Combines per-output scores (one metric per output column) as scikit-learn's <c>multioutput</c>: the plain mean,
    /// or the mean weighted by each output's label variance (uniform when every output is constant).
    /// </summary>
    /// <param name="outputs">One metric per output column.</param>
    /// <param name="average">How to combine them.</param>
    /// <exception cref="ArgumentException"><paramref name="outputs"/> is empty.</exception>
    public static double Average(ReadOnlySpan<ExplainedVariance> outputs, MultiOutputAverage average) =>
        OutputAverage.Combine(outputs, static m => m.Compute(), static m => m.LabelSquares, average);
}
