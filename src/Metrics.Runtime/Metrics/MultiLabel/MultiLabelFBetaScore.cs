namespace Metrics;

/// <summary>
/// The F-beta score of multi-label data per label, (1 + β²)·TP / ((1 + β²)·TP + β²·FN + FP), averaged (macro, micro,
/// weighted by support, or per row), as Keras' <c>FBetaScore</c>/<c>F1Score</c> and scikit-learn's <c>fbeta_score</c>
/// on label indicator matrices. Without a <see cref="Threshold"/> (Keras' default) the positives of a row are its
/// maximal scores; Keras adds 1e-7 to every denominator, so absent labels score 0 there.
/// Inputs and decisions are <see cref="MultiLabelCounts"/>'. A label absent from labels and predictions is left out
/// (NaN per label) unless <see cref="AllLabels"/>; a 0/0 score follows <see cref="ZeroDivision"/>.
/// </summary>
[Metric]
[HigherIsBetter]
public partial record struct MultiLabelFBetaScore
{
    /// <summary>The number of labels (columns), at least 1.</summary>
    [Parameter(Min = 1)] public int NumLabels { get; init; }

    /// <summary>The weight β &gt; 0 of recall relative to precision (1 gives F1).</summary>
    [Parameter(Min = 0, MinExclusive = true)] public double Beta { get; init; } = 1.0;

    /// <summary>The decision threshold in (0, 1], or null for Keras' row-maximum rule (the default).</summary>
    [Parameter(Min = 0, MinExclusive = true, Max = 1)] public double? Threshold { get; init; } = null;

    /// <summary>How per-label scores are averaged (macro by default); <see cref="PerLabel"/> gives them unaveraged.</summary>
    [Parameter] public LabelAverage Average { get; init; } = LabelAverage.Macro;

    /// <summary>The value of a 0/0 score of a label or a row (NaN by default: then left out of averages).</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>
    /// Whether a label absent from labels and predictions takes part, scoring 0/0 (<see cref="ZeroDivision"/>), as
    /// scikit-learn on indicator matrices; false (the default) leaves it out.
    /// </summary>
    [Parameter] public bool AllLabels { get; init; } = false;

    /// <summary>The per-label and per-row counts.</summary>
    [Statistics] public MultiLabelCounts Counts;

    /// <summary>The F-beta score of each label; NaN for an absent label unless <see cref="AllLabels"/>.</summary>
    public readonly double[] PerLabel() => Counts.PerLabel(AllLabels, ClassScore.FBeta(Beta, ZeroDivision));

    /// <summary>The averaged F-beta score (NaN when nothing is left to average).</summary>
    public readonly double Compute() => Counts.Average(this.Average, AllLabels, RowScore.FBeta, ClassScore.FBeta(Beta, ZeroDivision), ZeroDivision);
}
