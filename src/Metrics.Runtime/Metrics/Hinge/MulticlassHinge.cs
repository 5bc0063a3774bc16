namespace Metrics;

/// <summary>
/// The Crammer–Singer multi-class hinge loss, as scikit-learn's <c>hinge_loss</c> with class ids and a decision row per
/// sample: max(0, 1 − (s_y − max_{j ≠ y} s_j)), averaged (weighted) over rows. Labels must lie in [0, columns); a row
/// needs at least two columns. NaN when empty; a NaN score propagates.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct MulticlassHinge
{
    [MeanOf] private static double Loss<T>([ClassIndex] int label, ReadOnlySpan<T> scores)
        where T : INumber<T>
    {
        var other = double.NegativeInfinity;
        var any = false;
        for (var j = 0; j < scores.Length; j++)
        {
            if (j != label)
            {
                other = any ? Math.Max(other, double.CreateTruncating(scores[j])) : double.CreateTruncating(scores[j]);
                any = true;
            }
        }

        var margin = double.CreateTruncating(scores[label]) - other;
        return double.IsNaN(margin) ? double.NaN : Math.Max(0, 1 - margin);
    }
}
