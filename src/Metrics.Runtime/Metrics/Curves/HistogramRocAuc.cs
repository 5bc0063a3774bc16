namespace Metrics;

/// <summary>
/// The area under the ROC curve from a fixed-size histogram: the weighted positives and negatives per bin of the
/// score's order-preserving float key (<see cref="OrderedFloatBins"/>, the top <see cref="Bits"/> bits), merged by
/// addition, so the state is 2^(<see cref="Bits"/> + 1) weighted counts however many rows are seen (1 MiB at the
/// default 16 bits) where <see cref="ExactAuc"/> keeps every sample. The bins cover every float from −∞ to +∞ and are
/// monotone in the score; pairs of a positive and a negative in the same bin count one half, as ties do.
/// </summary>
/// <remarks>
/// <para>
/// The value differs from the exact AUC (scikit-learn's <c>roc_auc_score</c>) by at most <see cref="ErrorBound"/>:
/// a pair in different bins is ordered as its scores are, so only pairs sharing a bin can differ, each by at most ½,
/// and |AUC − AUC_exact| ≤ ½·Σ_b P_b·N_b / (P·N) (P_b, N_b the weights of positives and negatives in bin b). Scores
/// are binned as floats: doubles closer than a float's precision share a bin, and the bound counts them.
/// </para>
/// <para>
/// Labels must be 0 or 1; scores may be any non-NaN numbers. The bins are relative (each power of two is cut into
/// 2^(<see cref="Bits"/> − 9) bins), so probabilities that crowd near 1 share few bins: pass logits when they do.
/// Undefined with one class only: <see cref="ZeroDivision"/> (NaN by default).
/// </para>
/// </remarks>
[Metric]
[HigherIsBetter]
public partial record struct HistogramRocAuc
{
    /// <summary>
    /// The key bits kept per bin, in [8, 20] (default 16: 2¹⁶ bins, 128 per power of two, 1 MiB of state).
    /// </summary>
    [Parameter(Min = OrderedFloatBins.MinBits, Max = OrderedFloatBins.MaxBits)] public int Bits { get; init; } = 16;

    /// <summary>The value when the area is undefined (one class only, or empty).</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>Weighted counts per bin: cell 2b + label for bin b of <see cref="OrderedFloatBins.Bin"/>.</summary>
    [Sum, SizedBy(nameof(Cells))] public SumArray Counts;

    private readonly long Cells => 2L << Bits;

    private static HistogramRocAuc Update([ClassIndex(2)] int label, [NotNaN] double prediction, int bits) =>
        new() { Counts = SumArray.At((2 * OrderedFloatBins.Bin(prediction, bits)) + label) };

    /// <summary>The area under the ROC curve of the binned scores, within <see cref="ErrorBound"/> of the exact one.</summary>
    public readonly double Compute()
    {
        var (positives, negatives, area, _) = Sums();
        return ZeroDivision.Divide(area, positives * negatives);
    }

    /// <summary>
    /// ½·Σ_b P_b·N_b / (P·N): the largest difference the binning can make to <see cref="Compute"/>, from the same
    /// state. 0 when no bin holds both classes (the value is then exact); the <see cref="ZeroDivision"/> value's
    /// difference, 0 or NaN, when the area is undefined.
    /// </summary>
    public readonly double ErrorBound()
    {
        var (positives, negatives, _, shared) = Sums();
        if (positives == 0 || negatives == 0)
        {
            return ZeroDivision == ZeroDivision.NaN ? double.NaN : 0;
        }

        return ZeroDivision.Divide(shared / 2, positives * negatives);
    }

    /// <summary>
    /// The average precision of the binned scores: scikit-learn's <c>average_precision_score</c> with every score of
    /// a bin tied, Σ (Rₖ − Rₖ₋₁)·Pₖ over the bins from the highest. No bound is stated for it: a bin's precision is
    /// that of its tied scores. Undefined without positives: <see cref="ZeroDivision"/>.
    /// </summary>
    public readonly double AveragePrecision()
    {
        var cells = Counts.Cells;
        var positives = 0.0;
        for (var cell = 1; cell < cells.Length; cell += 2)
        {
            positives += cells[cell];
        }

        if (!(positives > 0) || double.IsInfinity(positives))
        {
            return ZeroDivision.Divide(0, positives);
        }

        double truePositives = 0, predicted = 0, sum = 0;
        for (var cell = cells.Length - 2; cell >= 0; cell -= 2)
        {
            var binPositives = cells[cell + 1];
            truePositives += binPositives;
            predicted += binPositives + cells[cell];
            if (binPositives > 0)
            {
                sum += binPositives * (truePositives / predicted);
            }
        }

        return sum / positives;
    }

    // Bins ascending: each positive of bin b is above every negative of a lower bin and ties those of its own.
    private readonly (double Positives, double Negatives, double Area, double Shared) Sums()
    {
        var cells = Counts.Cells;
        double negativesBelow = 0, positives = 0, area = 0, shared = 0;
        for (var cell = 0; cell + 1 < cells.Length; cell += 2)
        {
            var (binNegatives, binPositives) = (cells[cell], cells[cell + 1]);
            if (binPositives != 0)
            {
                area += binPositives * (negativesBelow + (binNegatives / 2));
                shared += binPositives * binNegatives;
                positives += binPositives;
            }

            negativesBelow += binNegatives;
        }

        return (positives, negativesBelow, area, shared);
    }
}
