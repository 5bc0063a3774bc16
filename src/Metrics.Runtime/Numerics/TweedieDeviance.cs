namespace Metrics.Numerics;

/// <summary>The unit Tweedie deviance of one element, term for term as scikit-learn's <c>_mean_tweedie_deviance</c>.</summary>
internal static class TweedieDeviance
{
    /// <summary>
    /// The deviance of <paramref name="mean"/> for target <paramref name="label"/> under power p. Outside the
    /// distribution's domain (ŷ ≤ 0 for p &lt; 0 or p ≥ 1, y &lt; 0 for 1 ≤ p &lt; 2, y ≤ 0 for p ≥ 2) NaN, where
    /// scikit-learn raises.
    /// </summary>
    public static double Unit(double label, double mean, double power)
    {
        if (power == 0)
        {
            var difference = label - mean;
            return difference * difference;
        }

        if (!(mean > 0) || (power >= 1 && label < 0) || (power >= 2 && !(label > 0)))
        {
            return double.NaN;
        }

        if (power == 1)
        {
            var xlogy = label == 0 ? 0 : label * Math.Log(label / mean);
            return 2 * (xlogy - label + mean);
        }

        if (power == 2)
        {
            return 2 * (Math.Log(mean / label) + (label / mean) - 1);
        }

        var target = power < 0 ? Math.Max(label, 0) : label;
        return 2 * ((Math.Pow(target, 2 - power) / ((1 - power) * (2 - power)))
            - (label * Math.Pow(mean, 1 - power) / (1 - power))
            + (Math.Pow(mean, 2 - power) / (2 - power)));
    }

    /// <summary>Throws when no Tweedie distribution has the power (0 &lt; p &lt; 1), as scikit-learn does.</summary>
    public static void CheckPower(double power)
    {
        if (power > 0 && power < 1)
        {
            throw new InvalidOperationException($"Tweedie power {power} lies in (0, 1), where no Tweedie distribution exists; use p ≤ 0 or p ≥ 1.");
        }
    }
}
