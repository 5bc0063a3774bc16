namespace Metrics;

/// <summary>
/// The Brier score, the mean squared difference between predicted probabilities and the outcome.
/// <list type="bullet">
/// <item>Binary (a label 0 or 1 and the probability of class 1 per element): <c>(p − y)²</c>, as scikit-learn's
/// <c>brier_score_loss</c> with <c>pos_label=1</c> (sample weights as its <c>sample_weight</c>); in [0, 1].</item>
/// <item>Multi-class (a class label and a row of class probabilities): <c>Σ_c (p_c − [c = label])²</c> per row, as
/// scikit-learn ≥ 1.7's multi-class <c>brier_score_loss</c> (<c>scale_by_half=False</c>, its default for more than two
/// classes); in [0, 2]. Rows are taken as given, not renormalized.</item>
/// </list>
/// Probabilities must lie in [0, 1] (NaN included: an <see cref="ArgumentOutOfRangeException"/> names the element).
/// NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct BrierScore
{
    /// <summary>The (weighted) sum of squared differences.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of elements or rows.</summary>
    [Sum] public double Count;

    private static BrierScore Update([ClassIndex(2)] int label, [Probability] double prediction)
    {
        var difference = prediction - label;
        return new() { Total = difference * difference, Count = 1 };
    }

    private static BrierScore Update<T>([ClassIndex] int label, [Probability] ReadOnlySpan<T> probabilities)
        where T : INumber<T>
    {
        var total = 0.0;
        for (var c = 0; c < probabilities.Length; c++)
        {
            var difference = double.CreateTruncating(probabilities[c]) - (c == label ? 1 : 0);
            total += difference * difference;
        }

        return new() { Total = total, Count = 1 };
    }

    /// <summary>The mean Brier score, or NaN when empty.</summary>
    public readonly double Compute() => NumericRange.Mean(Total, Count);
}
