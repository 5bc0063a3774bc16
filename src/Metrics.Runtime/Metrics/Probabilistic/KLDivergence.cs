namespace Metrics;

/// <summary>
/// The mean Kullback–Leibler divergence per row, as Keras' <c>KLDivergence</c>: <c>Σ_c y_c·log(y_c / p_c)</c> with
/// both clipped to <c>[1e-7, 1]</c> (in the input's precision); rows are summed over their columns, then averaged.
/// NaN when empty (Keras: 0). With <see cref="KerasClip"/> false nothing is clipped: SciPy's
/// <c>scipy.special.rel_entr</c> summed per row (0·log 0 = 0, y·log(y/0) = +∞ for y &gt; 0).
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct KLDivergence
{
    /// <summary>Clip labels and predictions to <c>[1e-7, 1]</c> as Keras (default true); false is SciPy's <c>rel_entr</c>.</summary>
    [Parameter] public bool KerasClip { get; init; } = true;

    [MeanOf] private static double Divergence<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> predictions, bool kerasClip)
        where T : INumber<T>
    {
        var divergence = 0.0;
        for (var c = 0; c < labels.Length; c++)
        {
            if (kerasClip)
            {
                var y = KerasEpsilon.ClipToOne(labels[c]);
                divergence += y * Math.Log(y / KerasEpsilon.ClipToOne(predictions[c]));
            }
            else
            {
                divergence += RelativeEntropy(double.CreateTruncating(labels[c]), double.CreateTruncating(predictions[c]));
            }
        }

        return divergence;
    }

    // scipy.special.rel_entr: x·log(x/y) for x, y > 0; 0 for x = 0, y ≥ 0; +∞ otherwise; NaN propagates.
    private static double RelativeEntropy(double x, double y) =>
        double.IsNaN(x) || double.IsNaN(y) ? double.NaN
        : x > 0 && y > 0 ? x * Math.Log(x / y)
        : x == 0 && y >= 0 ? 0.0
        : double.PositiveInfinity;
}
