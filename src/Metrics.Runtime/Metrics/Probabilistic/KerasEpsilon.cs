namespace Metrics;

/// <summary>The fuzz factor of Keras' probabilistic metrics (<c>keras.backend.epsilon()</c>).</summary>
internal static class KerasEpsilon
{
    /// <summary>1e-7, as Keras, Keras 2 and TF.js on float32 backends.</summary>
    public const double Value = 1e-7;

    /// <summary>
    /// Clips a probability to <c>[ε, 1 − ε]</c> in the input's own precision, then widens it: float inputs give
    /// Keras' float32 values (1 − ε rounds to 0.99999988), double inputs the exact ones.
    /// </summary>
    public static double Clip<T>(T probability)
        where T : INumber<T>
    {
        var epsilon = T.CreateTruncating(Value);
        return double.CreateTruncating(T.Clamp(probability, epsilon, T.One - epsilon));
    }

    /// <summary>
    /// The positive binary cross-entropy term of a probability clipped to <c>[ε, 1 − ε]</c> in the input's own
    /// precision: with Keras 3's inner + ε, <c>log(p + ε)</c>, or, when <paramref name="clipOnly"/>, <c>log(p)</c>
    /// (TF.js, scikit-learn's <c>log_loss</c>).
    /// </summary>
    public static double LogPositive<T>(T probability, double epsilon, bool clipOnly)
        where T : INumber<T>
    {
        var e = T.CreateTruncating(epsilon);
        var p = T.Clamp(probability, e, T.One - e);
        return Math.Log(double.CreateTruncating(p + (clipOnly ? T.Zero : e)));
    }

    /// <summary>The negative term, <c>log(1 − p + ε)</c> (or <c>log(1 − p)</c>), as <see cref="LogPositive{T}"/>.</summary>
    public static double LogNegative<T>(T probability, double epsilon, bool clipOnly)
        where T : INumber<T>
    {
        var e = T.CreateTruncating(epsilon);
        var p = T.Clamp(probability, e, T.One - e);
        return Math.Log(double.CreateTruncating(T.One - p + (clipOnly ? T.Zero : e)));
    }

    /// <summary>Clips to <c>[ε, 1]</c> in the input's own precision, then widens.</summary>
    public static double ClipToOne<T>(T probability)
        where T : INumber<T> =>
        double.CreateTruncating(T.Clamp(probability, T.CreateTruncating(Value), T.One));
}
