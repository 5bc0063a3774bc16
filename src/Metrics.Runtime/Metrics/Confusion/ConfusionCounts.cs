namespace Metrics;

/// <summary>
/// The sufficient statistics of every binary confusion-matrix metric at one threshold: (weighted) true positives,
/// false positives, true negatives and false negatives. Precision, recall, F-beta and the four counts are all
/// functions of it, so metrics that expose <see cref="IConfusionCountsMetric"/> can share one accumulated state.
/// </summary>
/// <param name="TruePositives">Positives scored above the threshold.</param>
/// <param name="FalsePositives">Negatives scored above the threshold.</param>
/// <param name="TrueNegatives">Negatives scored at or below the threshold.</param>
/// <param name="FalseNegatives">Positives scored at or below the threshold.</param>
public readonly record struct ConfusionCounts(double TruePositives, double FalsePositives, double TrueNegatives, double FalseNegatives)
{
    /// <summary>The fraction of elements classified correctly: (TP + TN) / all.</summary>
    /// <param name="zeroDivision">The value without any element.</param>
    public double Accuracy(ZeroDivision zeroDivision = ZeroDivision.NaN)
    {
        var c = Scaled();
        return zeroDivision.Divide(c.TruePositives + c.TrueNegatives, c.TruePositives + c.FalsePositives + c.TrueNegatives + c.FalseNegatives);
    }

    /// <summary>TP / (TP + FP), or the <paramref name="zeroDivision"/> value when nothing is predicted positive.</summary>
    /// <param name="zeroDivision">The value of 0/0.</param>
    public double Precision(ZeroDivision zeroDivision = ZeroDivision.NaN) => Ratio(TruePositives, FalsePositives, zeroDivision);

    /// <summary>TP / (TP + FN), or the <paramref name="zeroDivision"/> value when there is no positive.</summary>
    /// <param name="zeroDivision">The value of 0/0.</param>
    public double Recall(ZeroDivision zeroDivision = ZeroDivision.NaN) => Ratio(TruePositives, FalseNegatives, zeroDivision);

    /// <summary>(1 + β²)·TP / ((1 + β²)·TP + β²·FN + FP), or the <paramref name="zeroDivision"/> value when TP + FP + FN = 0.</summary>
    /// <param name="beta">The weight of recall relative to precision.</param>
    /// <param name="zeroDivision">The value of 0/0.</param>
    public double FBeta(double beta = 1.0, ZeroDivision zeroDivision = ZeroDivision.NaN)
    {
        var b2 = beta * beta;
        var c = Scaled();
        return zeroDivision.Divide((1 + b2) * c.TruePositives, ((1 + b2) * c.TruePositives) + (b2 * c.FalseNegatives) + c.FalsePositives);
    }

    /// <summary>The Jaccard index (IoU) TP / (TP + FP + FN), or the <paramref name="zeroDivision"/> value when TP + FP + FN = 0.</summary>
    /// <param name="zeroDivision">The value of 0/0.</param>
    public double Jaccard(ZeroDivision zeroDivision = ZeroDivision.NaN)
    {
        var c = Scaled();
        return zeroDivision.Divide(c.TruePositives, c.TruePositives + c.FalsePositives + c.FalseNegatives);
    }

    /// <summary>Specificity (true negative rate) TN / (TN + FP), or the <paramref name="zeroDivision"/> value without negatives.</summary>
    /// <param name="zeroDivision">The value of 0/0.</param>
    public double Specificity(ZeroDivision zeroDivision = ZeroDivision.NaN) => Ratio(TrueNegatives, FalsePositives, zeroDivision);

    /// <summary>Negative predictive value TN / (TN + FN), or the <paramref name="zeroDivision"/> value when nothing is predicted negative.</summary>
    /// <param name="zeroDivision">The value of 0/0.</param>
    public double Npv(ZeroDivision zeroDivision = ZeroDivision.NaN) => Ratio(TrueNegatives, FalseNegatives, zeroDivision);

    /// <summary>False positive rate (fall-out) FP / (FP + TN), or the <paramref name="zeroDivision"/> value without negatives.</summary>
    /// <param name="zeroDivision">The value of 0/0.</param>
    public double FalsePositiveRate(ZeroDivision zeroDivision = ZeroDivision.NaN) => Ratio(FalsePositives, TrueNegatives, zeroDivision);

    /// <summary>False negative rate (miss rate) FN / (FN + TP), or the <paramref name="zeroDivision"/> value without positives.</summary>
    /// <param name="zeroDivision">The value of 0/0.</param>
    public double FalseNegativeRate(ZeroDivision zeroDivision = ZeroDivision.NaN) => Ratio(FalseNegatives, TruePositives, zeroDivision);

    /// <summary>Informedness (Youden's J) recall + specificity − 1, each term taking <paramref name="zeroDivision"/> when undefined.</summary>
    /// <param name="zeroDivision">The value of a 0/0 term.</param>
    public double Informedness(ZeroDivision zeroDivision = ZeroDivision.NaN) => Recall(zeroDivision) + Specificity(zeroDivision) - 1;

    /// <summary>Markedness precision + NPV − 1, each term taking <paramref name="zeroDivision"/> when undefined.</summary>
    /// <param name="zeroDivision">The value of a 0/0 term.</param>
    public double Markedness(ZeroDivision zeroDivision = ZeroDivision.NaN) => Precision(zeroDivision) + Npv(zeroDivision) - 1;

    // The ratios are invariant to the scale of the weights; counts brought near 1 by a power of two (exact) cannot
    // overflow when summed, so weights near double.MaxValue give the same ratios as weights near 1.
    // part / (part + rest) of two of the counts, scaled as by Scaled().
    private double Ratio(double part, double rest, ZeroDivision zeroDivision)
    {
        var scale = Scale();
        return zeroDivision.Divide(part * scale, (part * scale) + (rest * scale));
    }

    private double Scale() =>
        Numerics.NumericRange.UnitScale(Math.Max(Math.Max(TruePositives, FalsePositives), Math.Max(TrueNegatives, FalseNegatives)));

    private ConfusionCounts Scaled()
    {
        var scale = Scale();
        return new(TruePositives * scale, FalsePositives * scale, TrueNegatives * scale, FalseNegatives * scale);
    }
}
