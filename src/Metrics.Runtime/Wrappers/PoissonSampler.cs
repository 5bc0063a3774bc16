namespace Metrics;

/// <summary>
/// Seeded Poisson(1) draws: SplitMix64 uniforms turned into counts by inverting the Poisson(1) distribution
/// function. The same seed gives the same draws on every platform and .NET version (System.Random's seeded
/// sequence is not promised to stay the same), so a bootstrap can be reproduced, here and by
/// <c>make_reference_bootstrap.py</c>.
/// </summary>
internal struct PoissonSampler
{
    private const double UnitScale = 1.0 / (1UL << 53);

    // P(K ≤ k) for k = 0..19; P(K ≥ 20) is below 1e-18, beneath the resolution of a 53-bit uniform.
    private static readonly double[] Cumulative = CumulativeProbabilities(20);

    private ulong _state;

    /// <summary>Starts the sequence of <paramref name="seed"/>.</summary>
    /// <param name="seed">The seed.</param>
    public PoissonSampler(ulong seed)
    {
        _state = seed;
    }

    /// <summary>The next count: k with probability e⁻¹/k!.</summary>
    public int Next()
    {
        var u = NextUniform();
        var k = 0;
        while (k < Cumulative.Length - 1 && u >= Cumulative[k])
        {
            k++;
        }

        return k;
    }

    /// <summary>The next uniform draw in [0, 1) with 53 random bits.</summary>
    public double NextUniform()
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * UnitScale;
    }

    private static double[] CumulativeProbabilities(int count)
    {
        var result = new double[count];
        var probability = Math.Exp(-1.0);
        var total = probability;
        result[0] = total;
        for (var k = 1; k < count; k++)
        {
            probability /= k;
            total += probability;
            result[k] = total;
        }

        return result;
    }
}
