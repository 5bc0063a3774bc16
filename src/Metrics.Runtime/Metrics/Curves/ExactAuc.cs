namespace Metrics;

/// <summary>
/// The exact area under the ROC curve (scikit-learn's <c>roc_auc_score</c>) or under the precision-recall curve
/// (scikit-learn's <c>auc(recall, precision)</c> over <c>precision_recall_curve</c>, trapezoidal), from every kept
/// (score, label, weight) sample. Ties in scores form one step of the curve (a tied positive/negative pair counts
/// one half). Labels must be 0 or 1; scores may be any non-NaN numbers (probabilities or logits: only their order
/// matters). The state grows with the data and merges by concatenation; scores are ranked in O(n)
/// (<see cref="RadixRanking"/>) when the value is computed.
/// </summary>
/// <remarks>
/// Undefined without both classes (ROC) or without positives (PR): NaN by default, not Keras's silent 0;
/// <see cref="ZeroDivision"/> gives 0 or 1 instead. For the precision-recall summary prefer
/// <see cref="AveragePrecision"/> (the step rule): the trapezoid over PR points is optimistic.
/// </remarks>
[Metric(Name = "exact_auc")]
[HigherIsBetter]
public partial record struct ExactAuc
{
    /// <summary>The curve: ROC (the default) or precision-recall.</summary>
    [Parameter] public AucCurve Curve { get; init; } = AucCurve.Roc;

    /// <summary>The value when the area is undefined (one class only, or empty).</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>Every accumulated (score, label, weight) sample.</summary>
    [Append] public SampleBuffer Samples;

    private static ExactAuc Update([ClassIndex(2)] int label, [NotNaN] double prediction) =>
        new() { Samples = SampleBuffer.Of(prediction, label) };

    /// <summary>The area under the chosen curve.</summary>
    /// <exception cref="System.InvalidOperationException">The curve is <see cref="AucCurve.PrecisionRecallGain"/>, which only the binned <see cref="Auc"/> has.</exception>
    public readonly double Compute() => Curve switch
    {
        AucCurve.Roc => ExactCurves.RocAuc(Samples, ZeroDivision),
        AucCurve.PrecisionRecall => ExactCurves.PrecisionRecallAuc(Samples, ZeroDivision),
        _ => throw new System.InvalidOperationException($"ExactAuc has the ROC and precision-recall curves; {Curve} is Keras' binned curve (Auc)."),
    };

    /// <summary>The ROC curve points for plotting, as scikit-learn's <c>roc_curve</c>.</summary>
    /// <param name="dropIntermediate">Drop collinear points (scikit-learn's default, true).</param>
    public readonly RocCurvePoints RocCurve(bool dropIntermediate = true) =>
        ExactCurves.RocCurve(Samples, dropIntermediate, ZeroDivision);

    /// <summary>The detection error tradeoff curve points, as scikit-learn's <c>det_curve</c>.</summary>
    public readonly DetCurvePoints DetCurve() => ExactCurves.DetCurve(Samples, ZeroDivision);

    /// <summary>The precision-recall curve points for plotting, as scikit-learn's <c>precision_recall_curve</c>.</summary>
    public readonly PrecisionRecallCurvePoints PrecisionRecallCurve() =>
        ExactCurves.PrecisionRecallCurve(Samples, ZeroDivision);
}
