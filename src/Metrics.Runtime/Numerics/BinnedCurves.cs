namespace Metrics.Numerics;

/// <summary>What a binned at-X metric constrains and what it maximises (Keras's sensitivity/specificity family).</summary>
public enum RateConstraint
{
    /// <summary>Maximise sensitivity (recall) subject to specificity ≥ the value.</summary>
    SensitivityAtSpecificity,

    /// <summary>Maximise specificity subject to sensitivity ≥ the value.</summary>
    SpecificityAtSensitivity,

    /// <summary>Maximise precision subject to recall ≥ the value.</summary>
    PrecisionAtRecall,

    /// <summary>Maximise recall subject to precision ≥ the value.</summary>
    RecallAtPrecision,
}

/// <summary>
/// Values of binned curve metrics from per-threshold confusion counts, with Keras's formulas
/// (<c>keras.metrics.AUC</c> and the sensitivity/specificity family); rates use Keras's <c>divide_no_nan</c>.
/// </summary>
public static class BinnedCurves
{
    /// <summary>
    /// The area under the ROC or PR curve over the thresholds, as Keras's <c>AUC.result()</c>. Undefined (only one
    /// class for ROC, no positives for PR; Keras returns 0) gives <paramref name="zeroDivision"/>.
    /// </summary>
    /// <param name="tp">True positives per threshold (ascending thresholds).</param>
    /// <param name="fp">False positives per threshold.</param>
    /// <param name="positives">The total weight of positives.</param>
    /// <param name="negatives">The total weight of negatives.</param>
    /// <param name="curve">ROC or PR.</param>
    /// <param name="summation">Interpolation, minoring or majoring.</param>
    /// <param name="zeroDivision">The value when undefined.</param>
    public static double Auc(
        ReadOnlySpan<double> tp, ReadOnlySpan<double> fp, double positives, double negatives,
        AucCurve curve, AucSummation summation, ZeroDivision zeroDivision)
    {
        if (positives == 0 || (curve != AucCurve.PrecisionRecall && negatives == 0))
        {
            return zeroDivision.Divide(0, 0);
        }

        if (curve == AucCurve.PrecisionRecall && summation == AucSummation.Interpolation)
        {
            return InterpolatedPrAuc(tp, fp, positives);
        }

        double area = 0;
        for (var i = 0; i + 1 < tp.Length; i++)
        {
            double x0, x1, y0, y1;
            if (curve == AucCurve.Roc)
            {
                (x0, x1) = (fp[i] / negatives, fp[i + 1] / negatives);
                (y0, y1) = (tp[i] / positives, tp[i + 1] / positives);
            }
            else if (curve == AucCurve.PrecisionRecallGain)
            {
                (x0, y0) = Gains(tp[i], fp[i], positives, negatives);
                (x1, y1) = Gains(tp[i + 1], fp[i + 1], positives, negatives);
            }
            else
            {
                (x0, x1) = (tp[i] / positives, tp[i + 1] / positives);
                (y0, y1) = (NoNaN(tp[i], tp[i] + fp[i]), NoNaN(tp[i + 1], tp[i + 1] + fp[i + 1]));
            }

            var height = summation switch
            {
                AucSummation.Minoring => Math.Min(y0, y1),
                AucSummation.Majoring => Math.Max(y0, y1),
                _ => (y0 + y1) / 2,
            };
            area += (x0 - x1) * height;
        }

        return area;
    }

    // Keras' PRGAIN point: recall gain 1 − (P/N)·FN/TP clamped at 0, precision gain 1 − (P/N)·FP/TP; (0, 1) at TP = 0.
    private static (double RecallGain, double PrecisionGain) Gains(double tp, double fp, double positives, double negatives)
    {
        if (tp == 0)
        {
            return (0, 1);
        }

        var scale = positives / negatives;
        return (Math.Max(1 - (scale * (positives - tp) / tp), 0), 1 - (scale * fp / tp));
    }

    /// <summary>
    /// The best value of one rate subject to a constraint on another over the thresholds, as Keras's
    /// <c>_find_max_under_constraint</c>. Keras returns 0 when no threshold satisfies the constraint; here that gives
    /// <paramref name="zeroDivision"/>.
    /// </summary>
    /// <param name="tp">True positives per threshold.</param>
    /// <param name="fp">False positives per threshold.</param>
    /// <param name="positives">The total weight of positives.</param>
    /// <param name="negatives">The total weight of negatives.</param>
    /// <param name="constraint">Which rate is constrained and which maximised.</param>
    /// <param name="value">The bound of the constrained rate (≥).</param>
    /// <param name="zeroDivision">The value when no threshold satisfies the constraint.</param>
    public static double AtConstraint(
        ReadOnlySpan<double> tp, ReadOnlySpan<double> fp, double positives, double negatives,
        RateConstraint constraint, double value, ZeroDivision zeroDivision)
    {
        var best = double.NegativeInfinity;
        for (var i = 0; i < tp.Length; i++)
        {
            var fn = positives - tp[i];
            var tn = negatives - fp[i];
            var sensitivity = NoNaN(tp[i], tp[i] + fn);
            var specificity = NoNaN(tn, tn + fp[i]);
            var precision = NoNaN(tp[i], tp[i] + fp[i]);
            var (bounded, maximised) = constraint switch
            {
                RateConstraint.SensitivityAtSpecificity => (specificity, sensitivity),
                RateConstraint.SpecificityAtSensitivity => (sensitivity, specificity),
                RateConstraint.PrecisionAtRecall => (sensitivity, precision),
                _ => (precision, sensitivity),
            };
            if (bounded >= value && maximised > best)
            {
                best = maximised;
            }
        }

        return double.IsNegativeInfinity(best) ? zeroDivision.Divide(0, 0) : best;
    }

    /// <summary>Davis and Goadrich's interpolation of the PR curve between thresholds (Keras's <c>interpolate_pr_auc</c>).</summary>
    private static double InterpolatedPrAuc(ReadOnlySpan<double> tp, ReadOnlySpan<double> fp, double positives)
    {
        double area = 0;
        for (var i = 0; i + 1 < tp.Length; i++)
        {
            var dtp = tp[i] - tp[i + 1];
            var p0 = tp[i] + fp[i];
            var p1 = tp[i + 1] + fp[i + 1];
            var slope = NoNaN(dtp, Math.Max(p0 - p1, 0));
            var intercept = tp[i + 1] - (slope * p1);
            var ratio = p0 > 0 && p1 > 0 ? NoNaN(p0, Math.Max(p1, 0)) : 1.0;
            var fn1 = positives - tp[i + 1];
            area += NoNaN(slope * (dtp + (intercept * Math.Log(ratio))), Math.Max(tp[i + 1] + fn1, 0));
        }

        return area;
    }

    private static double NoNaN(double numerator, double denominator) => denominator == 0 ? 0 : numerator / denominator;
}
