namespace Metrics;

/// <summary>
/// The mean of <c>log(cosh(ŷ − y))</c>, as Keras' <c>LogCoshError</c>, computed in the overflow-free form
/// <c>|e| + log1p(exp(−2|e|)) − log 2</c>; averaged (weighted) over elements. NaN when empty.
/// </summary>
[Metric]
[HigherIsBetter(false)]
public partial record struct LogCoshError
{
    private const double Ln2 = 0.69314718055994530942;

    [MeanOf] private static double Error(double label, double prediction)
    {
        // Softplus(−2|e|) without its branch: the argument is never positive, so it is log1p(exp(−2|e|)).
        var error = Math.Abs(prediction - label);
        return error + SpecialFunctions.Log1P(Math.Exp(-2.0 * error)) - Ln2;
    }
}
