namespace Metrics;

/// <summary>
/// The mean Poisson loss, as Keras' <c>Poisson</c>: per element <c>p − y·log(p + 1e-7)</c> (the sum in the input's
/// precision). A 2-D batch is its flattened elements (Keras' row mean then batch mean is the same value). NaN when
/// empty (Keras: 0). <see cref="Epsilon"/> sets the 1e-7 (PyTorch's <c>PoissonNLLLoss(log_input=False)</c> uses 1e-8).
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct Poisson
{
    /// <summary>The ε added to the prediction inside the logarithm (default Keras' 1e-7).</summary>
    [Parameter(Min = 0)] public double Epsilon { get; init; } = KerasEpsilon.Value;

    [MeanOf] private static double Loss<T>(T label, T prediction, double epsilon)
        where T : INumber<T> =>
        double.CreateTruncating(prediction)
            - (double.CreateTruncating(label) * Math.Log(double.CreateTruncating(prediction + T.CreateTruncating(epsilon))));
}
