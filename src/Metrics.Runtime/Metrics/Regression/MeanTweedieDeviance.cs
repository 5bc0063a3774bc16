namespace Metrics;

/// <summary>
/// The (weighted) mean Tweedie deviance, as scikit-learn's <c>mean_tweedie_deviance</c>: power 0 is the mean squared
/// error, 1 the Poisson deviance (<c>mean_poisson_deviance</c>), 2 the Gamma deviance (<c>mean_gamma_deviance</c>).
/// A target or prediction outside the distribution's domain makes the value NaN (scikit-learn raises); a power in
/// (0, 1) is an <see cref="System.InvalidOperationException"/> at <c>Compute</c>. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct MeanTweedieDeviance
{
    /// <summary>The Tweedie power p (scikit-learn's <c>power</c>, default 0); p in (0, 1) has no distribution.</summary>
    [Parameter] public double Power { get; init; } = 0.0;

    /// <summary>The (weighted) sum of unit deviances.</summary>
    [Sum] public double Total;

    /// <summary>The (weighted) number of elements.</summary>
    [Sum] public double Count;

    private static MeanTweedieDeviance Update(double label, double prediction, double power) =>
        new() { Total = TweedieDeviance.Unit(label, prediction, power), Count = 1 };

    /// <summary>The mean deviance, or NaN when empty.</summary>
    /// <exception cref="System.InvalidOperationException"><see cref="Power"/> lies in (0, 1).</exception>
    public readonly double Compute()
    {
        TweedieDeviance.CheckPower(Power);
        return NumericRange.Mean(Total, Count);
    }
}
