namespace Metrics.Numerics;

/// <summary>Special functions the built-in metrics need and <see cref="Math"/> lacks, accurate to a few ulps.</summary>
public static class SpecialFunctions
{
    // Lanczos approximation, g = 7, n = 9 (relative error below 1e-15 for x > 0.5).
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(<paramref name="x"/>) for <paramref name="x"/> &gt; 0; exactly 0 at 1 and 2.</summary>
    /// <param name="x">A positive argument.</param>
    public static double LogGamma(double x)
    {
        if (x == 1.0 || x == 2.0)
        {
            return 0.0;
        }

        if (x < 0.5)
        {
            // Reflection: Γ(x)Γ(1−x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1.0 - x);
        }

        x -= 1.0;
        var sum = Lanczos[0];
        var t = x + 7.5;
        for (var i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (x + i);
        }

        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>ln(1 + <paramref name="x"/>), accurate for small <paramref name="x"/>; NaN below −1.</summary>
    /// <param name="x">The argument.</param>
    public static double Log1P(double x)
    {
        var u = 1.0 + x;
        if (u == 1.0)
        {
            return x;
        }

        // Corrects the rounding of 1 + x (Goldberg, "What every computer scientist should know...", thm. 4).
        return double.IsInfinity(u) ? Math.Log(u) : Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>ln(1 + eˣ) without overflow.</summary>
    /// <param name="x">The argument.</param>
    public static double Softplus(double x) =>
        x > 0 ? x + Log1P(Math.Exp(-x)) : Log1P(Math.Exp(x));
}
