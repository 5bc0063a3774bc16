namespace Metrics;

/// <summary>
/// The mean absolute percentage error in <b>percent</b>, as Keras and TF.js: <c>100 · |y − ŷ| / max(|y|, ε)</c> with
/// ε = 1e-7 (Keras' <c>backend.epsilon()</c>), averaged (weighted) over elements. A zero target therefore gives a huge
/// but finite error (Keras' documented 2.5e8). scikit-learn's <c>mean_absolute_percentage_error</c> is a fraction with
/// ε = 2.22e-16 (<c>np.finfo(float64).eps</c>): <see cref="Percent"/> = false and
/// <see cref="Epsilon"/> = 2.220446049250313e-16 reproduce it. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct MeanAbsolutePercentageError
{
    /// <summary>The floor of |y| in the denominator (default Keras' 1e-7; scikit-learn's is 2.220446049250313e-16).</summary>
    [Parameter(Min = 0, MinExclusive = true)] public double Epsilon { get; init; } = 1e-7;

    /// <summary>Percent, as Keras (true, the default), or a fraction, as scikit-learn (false).</summary>
    [Parameter] public bool Percent { get; init; } = true;

    [MeanOf] private static double Error(double label, double prediction, double epsilon, bool percent) =>
        (percent ? 100.0 : 1.0) * Math.Abs(label - prediction) / Math.Max(Math.Abs(label), epsilon);
}
