namespace Metrics;

/// <summary>
/// The mean Huber loss, as Keras' <c>huber</c>: with <c>e = ŷ − y</c>, <c>0.5·e²</c> when <c>|e| ≤ Delta</c>, else
/// <c>Delta·(|e| − 0.5·Delta)</c>; averaged (weighted) over elements. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct Huber
{
    /// <summary>Where the loss turns from quadratic to linear (default 1, &gt; 0).</summary>
    [Parameter(Min = 0, MinExclusive = true)] public double Delta { get; init; } = 1.0;

    [MeanOf] private static double Loss(double label, double prediction, double delta)
    {
        var error = Math.Abs(prediction - label);
        var loss = error <= delta ? 0.5 * error * error : delta * (error - (0.5 * delta));
        return loss;
    }
}
