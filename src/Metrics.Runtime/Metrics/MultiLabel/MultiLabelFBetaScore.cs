using System;
using System.Numerics;
using System.Numerics.Tensors;

namespace Metrics;

/// <summary>
/// The F-beta score of multi-label data per label, (1 + β²)·TP / ((1 + β²)·TP + β²·FN + FP), averaged (macro, micro or
/// weighted by support), as Keras' <c>FBetaScore</c>/<c>F1Score</c> and scikit-learn's <c>fbeta_score</c> on label
/// indicator matrices. Inputs are rows of <see cref="NumLabels"/> labels (0/1; soft labels in [0, 1] count
/// fractionally, as Keras; anything else, NaN included, is rejected) and scores. With a <see cref="Threshold"/> a score is positive iff <c>score &gt; Threshold</c>; without one
/// (Keras' default) the positives of a row are its maximal scores (all of them on ties) unless the maximum is within
/// 1e-9 of 0. A label that never occurs as a label or a prediction is absent (NaN, left out of averages); a 0/0 score
/// follows <see cref="ZeroDivision"/>. Keras instead adds 1e-7 to every denominator, so absent labels score 0 there.
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
    [Parameter] public AverageMode Average { get; init; } = AverageMode.Macro;

    /// <summary>The value of a present label's 0/0 score (NaN by default: then left out of averages).</summary>
    [Parameter] public ZeroDivision ZeroDivision { get; init; } = ZeroDivision.NaN;

    /// <summary>The (weighted) TP, FP, TN, FN of each label, <c>[label * 4 + k]</c>.</summary>
    [Sum, SizedBy(nameof(CountCells))] public SumArray Counts;

    private readonly long CountCells => (long)NumLabels * LabelCounts.CellsPerLabel;

    private static MultiLabelFBetaScore Update<T>(
        [Probability] ReadOnlySpan<T> labels, [RowLength(EqualTo = nameof(NumLabels))] ReadOnlySpan<T> scores, double? threshold, SumArrayWriter counts)
        where T : INumber<T>
    {
        var rowMax = threshold is null ? double.CreateTruncating(TensorPrimitives.Max(scores)) : 0.0;
        for (var l = 0; l < scores.Length; l++)
        {
            var score = double.CreateTruncating(scores[l]);
            var predicted = threshold is { } t ? score > t : score >= rowMax && Math.Abs(score) > 1e-9;
            LabelCounts.Add(counts, labels, l, predicted);
        }

        return default;
    }

    /// <summary>The F-beta score of each label; NaN for a label absent from labels and predictions.</summary>
    public readonly double[] PerLabel()
    {
        Aggregate(out var perLabel);
        return perLabel;
    }

    /// <summary>The averaged F-beta score (NaN when no label is present).</summary>
    public readonly double Compute() => Aggregate(out _);

    private readonly double Aggregate(out double[] perLabel)
    {
        var zeroDivision = ZeroDivision;
        var beta = Beta;
        return ConfusionAverage.Average(LabelCounts.PerLabel(Counts, NumLabels), this.Average, c => c.FBeta(beta, zeroDivision), out perLabel);
    }
}
