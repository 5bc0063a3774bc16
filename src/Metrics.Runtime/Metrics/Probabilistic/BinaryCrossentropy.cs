namespace Metrics;

/// <summary>
/// The mean binary cross-entropy, as Keras' <c>BinaryCrossentropy</c> metric: per element
/// <c>−(y·log(p + ε) + (1 − y)·log(1 − p + ε))</c> with p clipped to <c>[ε, 1 − ε]</c>, ε = 1e-7, in the input's
/// precision (Keras 3's backend; TF.js' <c>binaryCrossentropy</c> omits the inner + ε, which matters only at the clip), or
/// from logits <c>max(z, 0) − z·y + log(1 + e^−|z|)</c> (no clipping). Label smoothing replaces y by
/// <c>y·(1 − s) + s/2</c>. Labels may be soft (any value in [0, 1]). A 2-D batch is its flattened elements (Keras
/// averages each row, then the rows: the same value for rows of equal length; give per-row weights once per element).
/// NaN when empty (Keras: 0); a NaN prediction propagates. <see cref="Epsilon"/> sets ε, and <see cref="ClipOnly"/>
/// drops the inner + ε: <c>−(y·log p + (1 − y)·log(1 − p))</c> with p clipped to <c>[ε, 1 − ε]</c>, as TF.js and
/// scikit-learn's binary <c>log_loss</c> (<c>clipOnly: true, epsilon: 1e-15</c> reproduces <c>log_loss(y, p)</c>).
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct BinaryCrossentropy
{
    /// <summary>Whether predictions are logits (true) or probabilities (false, the default).</summary>
    [Parameter] public bool FromLogits { get; init; } = false;

    /// <summary>The label smoothing s in [0, 1].</summary>
    [Parameter(Min = 0, Max = 1)] public double LabelSmoothing { get; init; } = 0.0;

    /// <summary>The clip ε of probabilities (default Keras' 1e-7; scikit-learn's <c>log_loss</c> 1e-15), below 0.5.</summary>
    [Parameter(Min = 0, Max = 0.5, MaxExclusive = true)] public double Epsilon { get; init; } = KerasEpsilon.Value;

    /// <summary>Clip only, without Keras' inner + ε in the logarithms (default false).</summary>
    [Parameter] public bool ClipOnly { get; init; } = false;

    // A branch on a parameter picks one arm per batch on the vector path; both arms are sums of vector Log/Exp values.
    [MeanOf] private static double Loss<T>(T label, T prediction, bool fromLogits, double labelSmoothing, double epsilon, bool clipOnly)
        where T : INumber<T>
    {
        var y = (double.CreateTruncating(label) * (1 - labelSmoothing)) + (0.5 * labelSmoothing);
        return fromLogits
            ? LogitLoss(y, double.CreateTruncating(prediction))
            : -((y * KerasEpsilon.LogPositive(prediction, epsilon, clipOnly)) + ((1 - y) * KerasEpsilon.LogNegative(prediction, epsilon, clipOnly)));
    }

    // max(z, 0) − z·y + log1p(e^−|z|): the sigmoid cross-entropy of a logit without overflow.
    private static double LogitLoss(double y, double z) =>
        Math.Max(z, 0) - (z * y) + SpecialFunctions.Log1P(Math.Exp(-Math.Abs(z)));
}
