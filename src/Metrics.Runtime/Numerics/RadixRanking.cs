using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Metrics.Numerics;

/// <summary>
/// Sorts scores in O(n) with a least-significant-digit radix sort on their IEEE-754 bit patterns, for exact curve
/// metrics (ROC AUC, average precision) that must rank every score. A comparison sort is O(n log n) and branchy;
/// the radix passes are sequential reads and scattered writes.
/// </summary>
/// <remarks>
/// The key of a float is its bit pattern with the sign bit flipped for non-negative values and every bit flipped for
/// negative ones, so that unsigned key order equals numeric order (−∞ first, +∞ last). −0 is ranked as +0. NaN has
/// no rank: callers reject it first. When every score is exactly representable as a <see cref="float"/> (always the
/// case for float inputs), 32-bit keys are sorted (three 11-bit passes) instead of 64-bit ones (six passes); a pass
/// whose digit is the same for every key is skipped.
/// </remarks>
public static class RadixRanking
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int DigitMask = Buckets - 1;

    /// <summary>The order-preserving unsigned key of a float (−0 maps to the key of +0).</summary>
    /// <param name="value">A score that is not NaN.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Key(float value)
    {
        var bits = BitConverter.SingleToUInt32Bits(value + 0f);
        return (bits & 0x8000_0000u) != 0 ? ~bits : bits | 0x8000_0000u;
    }

    /// <summary>The order-preserving unsigned key of a double (−0 maps to the key of +0).</summary>
    /// <param name="value">A score that is not NaN.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(double value)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value + 0d);
        return (bits & 0x8000_0000_0000_0000ul) != 0 ? ~bits : bits | 0x8000_0000_0000_0000ul;
    }

    /// <summary>The float whose <see cref="Key(float)"/> is <paramref name="key"/>.</summary>
    /// <param name="key">A key.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float FromKey(uint key) =>
        BitConverter.UInt32BitsToSingle((key & 0x8000_0000u) != 0 ? key & 0x7FFF_FFFFu : ~key);

    /// <summary>
    /// Sorts 64-bit items by their high 32 bits (a <see cref="Key(float)"/>), stably, leaving the low 32 bits as a
    /// payload (a position, a label): no gather is needed afterwards. Returns whichever of the two buffers holds the
    /// result.
    /// </summary>
    /// <param name="items">The items; overwritten.</param>
    /// <param name="scratch">A buffer as long as <paramref name="items"/>; overwritten.</param>
    public static Span<ulong> SortByHigh32(Span<ulong> items, Span<ulong> scratch)
    {
        if (scratch.Length != items.Length)
        {
            throw new ArgumentException($"'scratch' has {scratch.Length} elements but 'items' has {items.Length}.", nameof(scratch));
        }

        return SortHigh32(items, scratch);
    }

    /// <summary>
    /// Writes into <paramref name="order"/> the positions of <paramref name="scores"/> in ascending score order;
    /// equal scores keep their original relative order (the sort is stable).
    /// </summary>
    /// <param name="scores">The scores; none may be NaN.</param>
    /// <param name="order">Receives a permutation of 0..n−1; as long as <paramref name="scores"/>.</param>
    /// <exception cref="ArgumentException">The lengths differ, or a score is NaN.</exception>
    public static void SortOrder(ReadOnlySpan<double> scores, Span<int> order)
    {
        if (order.Length != scores.Length)
        {
            throw new ArgumentException($"'order' has {order.Length} elements but 'scores' has {scores.Length}.", nameof(order));
        }

        var allSingle = true;
        for (var i = 0; i < scores.Length; i++)
        {
            var score = scores[i];
            if (double.IsNaN(score))
            {
                throw new ArgumentException($"scores[{i}] is NaN, which has no rank.", nameof(scores));
            }

            allSingle &= (double)(float)score == score;
        }

        if (allSingle)
        {
            SortPacked(scores, order);
        }
        else
        {
            SortWide(scores, order);
        }
    }

    /// <summary>
    /// Writes into <paramref name="order"/> the positions of <paramref name="scores"/> in ascending score order;
    /// equal scores keep their original relative order (the sort is stable).
    /// </summary>
    /// <param name="scores">The scores; none may be NaN.</param>
    /// <param name="order">Receives a permutation of 0..n−1; as long as <paramref name="scores"/>.</param>
    /// <exception cref="ArgumentException">The lengths differ, or a score is NaN.</exception>
    public static void SortOrder(ReadOnlySpan<float> scores, Span<int> order)
    {
        if (order.Length != scores.Length)
        {
            throw new ArgumentException($"'order' has {order.Length} elements but 'scores' has {scores.Length}.", nameof(order));
        }

        for (var i = 0; i < scores.Length; i++)
        {
            if (float.IsNaN(scores[i]))
            {
                throw new ArgumentException($"scores[{i}] is NaN, which has no rank.", nameof(scores));
            }
        }

        SortPacked(scores, order);
    }

    /// <summary>Sorts scores that are all exact floats, packing each key with its position into one 64-bit item.</summary>
    private static void SortPacked<T>(ReadOnlySpan<T> scores, Span<int> order)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var n = scores.Length;
        var a = ArrayPool<ulong>.Shared.Rent(n);
        var b = ArrayPool<ulong>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                a[i] = ((ulong)Key(float.CreateTruncating(scores[i])) << 32) | (uint)i;
            }

            var sorted = SortHigh32(a.AsSpan(0, n), b.AsSpan(0, n));
            for (var i = 0; i < n; i++)
            {
                order[i] = (int)(uint)sorted[i];
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(a);
            ArrayPool<ulong>.Shared.Return(b);
        }
    }

    /// <summary>Sorts by the high 32 bits (the key; the low 32 bits carry the position). Returns the sorted span.</summary>
    private static Span<ulong> SortHigh32(Span<ulong> source, Span<ulong> scratch)
    {
        // Digits of bits 32..42, 43..53, 54..63.
        const int Passes = 3;
        var counts = new int[Passes * Buckets];
        foreach (var item in source)
        {
            counts[(int)(item >> 32) & DigitMask]++;
            counts[Buckets + ((int)(item >> (32 + DigitBits)) & DigitMask)]++;
            counts[(2 * Buckets) + (int)(item >> (32 + (2 * DigitBits)))]++;
        }

        for (var pass = 0; pass < Passes; pass++)
        {
            var histogram = counts.AsSpan(pass * Buckets, Buckets);
            if (!RankSum.StartOffsets(histogram, source.Length))
            {
                continue;
            }

            var shift = 32 + (pass * DigitBits);
            ref var offsets = ref MemoryMarshal.GetReference(histogram);
            ref var target = ref MemoryMarshal.GetReference(scratch);
            foreach (var item in source)
            {
                ref var offset = ref Unsafe.Add(ref offsets, (int)(item >> shift) & DigitMask);
                Unsafe.Add(ref target, offset) = item;
                offset++;
            }

            var swap = source;
            source = scratch;
            scratch = swap;
        }

        return source;
    }

    private static void SortWide(ReadOnlySpan<double> scores, Span<int> order)
    {
        const int Passes = (64 + DigitBits - 1) / DigitBits;
        var n = scores.Length;
        var keys = ArrayPool<ulong>.Shared.Rent(n);
        var keysScratch = ArrayPool<ulong>.Shared.Rent(n);
        var positions = ArrayPool<int>.Shared.Rent(n);
        var positionsScratch = ArrayPool<int>.Shared.Rent(n);
        try
        {
            var counts = new int[Passes * Buckets];
            for (var i = 0; i < n; i++)
            {
                var key = Key(scores[i]);
                keys[i] = key;
                positions[i] = i;
                for (var pass = 0; pass < Passes; pass++)
                {
                    counts[(pass * Buckets) + ((int)(key >> (pass * DigitBits)) & DigitMask)]++;
                }
            }

            Span<ulong> k = keys.AsSpan(0, n), kScratch = keysScratch.AsSpan(0, n);
            Span<int> p = positions.AsSpan(0, n), pScratch = positionsScratch.AsSpan(0, n);
            for (var pass = 0; pass < Passes; pass++)
            {
                var histogram = counts.AsSpan(pass * Buckets, Buckets);
                if (!RankSum.StartOffsets(histogram, n))
                {
                    continue;
                }

                var shift = pass * DigitBits;
                for (var i = 0; i < n; i++)
                {
                    var key = k[i];
                    var offset = histogram[(int)(key >> shift) & DigitMask]++;
                    kScratch[offset] = key;
                    pScratch[offset] = p[i];
                }

                var swapKeys = k;
                k = kScratch;
                kScratch = swapKeys;
                var swapPositions = p;
                p = pScratch;
                pScratch = swapPositions;
            }

            p.CopyTo(order);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
            ArrayPool<ulong>.Shared.Return(keysScratch);
            ArrayPool<int>.Shared.Return(positions);
            ArrayPool<int>.Shared.Return(positionsScratch);
        }
    }
}
