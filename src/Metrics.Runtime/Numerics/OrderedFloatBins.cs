namespace Metrics.Numerics;

/// <summary>
/// Bins over the whole <see cref="float"/> range by the top bits of the score's order-preserving 32-bit key: the
/// IEEE 754 bits of the score as a <see cref="float"/>, with the sign bit flipped for positives and every bit flipped
/// for negatives, so that unsigned key order is score order from −∞ to +∞. Keeping the top <c>bits</c> bits keeps the
/// sign, the 8 exponent bits and <c>bits − 9</c> mantissa bits: every power-of-two interval [2ᵉ, 2ᵉ⁺¹) (and its
/// negative mirror) is cut into 2^(bits − 9) bins of equal width, a relative width of at most 2^−(bits − 9).
/// </summary>
/// <remarks>
/// The bin is monotone in the score: a ≤ b implies <c>Bin(a) ≤ Bin(b)</c> (rounding a double to the nearest float is
/// monotone, and so are the key and its truncation), hence a strictly lower bin means a strictly lower score, and equal
/// scores share a bin (−0 is counted as +0 for that). Doubles beyond the float range fall into the bins of ±∞,
/// doubles below the smallest float subnormal into those of ±0. NaN has no bin: callers reject it first.
/// </remarks>
public static class OrderedFloatBins
{
    /// <summary>The fewest bits a bin may keep: the sign alone would put every positive score in one bin.</summary>
    public const int MinBits = 8;

    /// <summary>The most bits a bin may keep: 2²⁰ bins (8,192 per power of two), 2²¹ cells of positive and negative weight (16 MiB).</summary>
    public const int MaxBits = 20;

    /// <summary>The bin of <paramref name="score"/> among the 2^<paramref name="bits"/> bins, ascending with the score.</summary>
    /// <param name="score">The score (not NaN).</param>
    /// <param name="bits">The number of key bits kept, in [<see cref="MinBits"/>, <see cref="MaxBits"/>].</param>
    /// <returns>The bin, in [0, 2^<paramref name="bits"/>).</returns>
    public static int Bin(double score, int bits)
    {
        var single = (float)score;
        var raw = single == 0 ? 0u : BitConverter.SingleToUInt32Bits(single);
        var key = (raw & 0x8000_0000u) != 0 ? ~raw : raw | 0x8000_0000u;
        return (int)(key >> (32 - bits));
    }
}
