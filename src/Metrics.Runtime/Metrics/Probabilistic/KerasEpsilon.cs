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
    /// Keras 3's binary cross-entropy terms <c>log(p + ε)</c> and <c>log(1 − p + ε)</c> of a probability clipped to
    /// <c>[ε, 1 − ε]</c>, all in the input's own precision before the logarithm.
    /// </summary>
    public static (double LogPositive, double LogNegative) BinaryLogs<T>(T probability)
        where T : INumber<T>
    {
        var epsilon = T.CreateTruncating(Value);
        var p = T.Clamp(probability, epsilon, T.One - epsilon);
        return (Math.Log(double.CreateTruncating(p + epsilon)), Math.Log(double.CreateTruncating(T.One - p + epsilon)));
    }

    /// <summary>
    /// The binary cross-entropy terms of a probability clipped to <c>[ε, 1 − ε]</c> in the input's own precision: with
    /// Keras 3's inner + ε (<c>log(p + ε)</c>, <c>log(1 − p + ε)</c>), or, when <paramref name="clipOnly"/>, without it
    /// (TF.js, scikit-learn's <c>log_loss</c>).
    /// </summary>
    public static (double LogPositive, double LogNegative) BinaryLogs<T>(T probability, double epsilon, bool clipOnly)
        where T : INumber<T>
    {
        var e = T.CreateTruncating(epsilon);
        var p = T.Clamp(probability, e, T.One - e);
        var inner = clipOnly ? T.Zero : e;
        return (Math.Log(double.CreateTruncating(p + inner)), Math.Log(double.CreateTruncating(T.One - p + inner)));
    }

    /// <summary>Clips to <c>[ε, 1]</c> in the input's own precision, then widens.</summary>
    public static double ClipToOne<T>(T probability)
        where T : INumber<T> =>
        double.CreateTruncating(T.Clamp(probability, T.CreateTruncating(Value), T.One));
}
