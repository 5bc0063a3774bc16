using System;
using System.Buffers;
using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Metrics.Numerics;

/// <summary>
/// The Mann-Whitney statistic of unweighted binary samples with float scores, the numerator of the exact ROC AUC,
/// without a permutation: each sample becomes one item, its score's order key above its label bit, and the items are
/// radix-sorted whole, so that within a run of tied scores negatives come first and one sequential, branch-free pass
/// counts the pairs.
/// </summary>
/// <remarks>
/// When the keys span less than 2³¹ (all probabilities do, and any scores of one sign) the key is taken relative to the
/// smallest and the items are 32-bit; otherwise 64-bit. The items' bit length sets the passes: one per 14 bits at most,
/// with equal digits (two passes for typical probabilities, whose relative keys need under 28 bits; three at most),
/// and a pass whose digit is the same for every item is skipped. The counts are integers, so the result is exact (scikit-learn's trapezoids, ties one half).
/// </remarks>
public static class RankSum
{
    private const int MaxDigitBits = 14;

    /// <summary>
    /// Counts, over every (positive, negative) pair, 2 when the positive scores higher and 1 when they tie: twice the
    /// Mann-Whitney U statistic, so that the ROC AUC is <c>Pairs / (2 · Positives · Negatives)</c>.
    /// </summary>
    /// <param name="scores">The scores; none may be NaN.</param>
    /// <param name="labels">The labels, as many as scores; nonzero is positive.</param>
    /// <returns>Twice the statistic, and the numbers of positives and negatives.</returns>
    /// <exception cref="ArgumentException">The lengths differ, or a score is NaN.</exception>
    public static (long Pairs, long Positives, long Negatives) Count(ReadOnlySpan<float> scores, ReadOnlySpan<byte> labels)
    {
        if (labels.Length != scores.Length)
        {
            throw new ArgumentException($"{scores.Length} scores need as many labels ({labels.Length}).", nameof(labels));
        }

        var n = scores.Length;
        if (n == 0)
        {
            return (0, 0, 0);
        }

        var min = TensorPrimitives.Min(scores);
        if (float.IsNaN(min))
        {
            throw new ArgumentException($"scores[{FirstNaN(scores)}] is NaN, which has no rank.", nameof(scores));
        }

        var low = RadixRanking.Key(min);
        var high = RadixRanking.Key(TensorPrimitives.Max(scores));
        return high - low < 0x8000_0000u ? CountNarrow(scores, labels, low, high) : CountWide(scores, labels);
    }

    private static (long, long, long) CountNarrow(ReadOnlySpan<float> scores, ReadOnlySpan<byte> labels, uint low, uint high)
    {
        var n = scores.Length;
        var items = ArrayPool<uint>.Shared.Rent(n);
        var scratch = ArrayPool<uint>.Shared.Rent(n);
        try
        {
            var digits = new Digits(((ulong)(high - low) << 1) | 1);
            var counts = ArrayPool<int>.Shared.Rent(3 * digits.Buckets);
            counts.AsSpan(0, 3 * digits.Buckets).Clear();
            ref var count = ref MemoryMarshal.GetArrayDataReference(counts);
            var (bits, mask, buckets, passes) = (digits.Bits, digits.Mask, digits.Buckets, digits.Passes);
            for (var i = 0; i < n; i++)
            {
                var item = ((RadixRanking.Key(scores[i]) - low) << 1) | (labels[i] != 0 ? 1u : 0u);
                items[i] = item;
                Unsafe.Add(ref count, (int)item & mask)++;
                if (passes > 1)
                {
                    Unsafe.Add(ref count, buckets + ((int)(item >> bits) & mask))++;
                    if (passes > 2)
                    {
                        Unsafe.Add(ref count, (2 * buckets) + (int)(item >> (2 * bits)))++;
                    }
                }
            }

            var sorted = Sort<uint>(items.AsSpan(0, n), scratch.AsSpan(0, n), counts, digits);
            ArrayPool<int>.Shared.Return(counts);
            long negatives = 0, start = 0, pairs = 0;
            var previous = uint.MaxValue;
            foreach (var item in sorted)
            {
                var key = item >> 1;
                var positive = (long)(item & 1);
                start = key != previous ? negatives : start;
                previous = key;
                pairs += (start + negatives) & -positive;
                negatives += 1 - positive;
            }

            return (pairs, n - negatives, negatives);
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(items);
            ArrayPool<uint>.Shared.Return(scratch);
        }
    }

    private static (long, long, long) CountWide(ReadOnlySpan<float> scores, ReadOnlySpan<byte> labels)
    {
        var n = scores.Length;
        var items = ArrayPool<ulong>.Shared.Rent(n);
        var scratch = ArrayPool<ulong>.Shared.Rent(n);
        try
        {
            var digits = new Digits((1ul << 33) - 1);
            var counts = ArrayPool<int>.Shared.Rent(3 * digits.Buckets);
            counts.AsSpan(0, 3 * digits.Buckets).Clear();
            ref var count = ref MemoryMarshal.GetArrayDataReference(counts);
            var (bits, mask, buckets) = (digits.Bits, digits.Mask, digits.Buckets);
            for (var i = 0; i < n; i++)
            {
                var item = ((ulong)RadixRanking.Key(scores[i]) << 1) | (labels[i] != 0 ? 1u : 0u);
                items[i] = item;
                Unsafe.Add(ref count, (int)item & mask)++;
                Unsafe.Add(ref count, buckets + ((int)(item >> bits) & mask))++;
                Unsafe.Add(ref count, (2 * buckets) + (int)(item >> (2 * bits)))++;
            }

            var sorted = Sort<ulong>(items.AsSpan(0, n), scratch.AsSpan(0, n), counts, digits);
            ArrayPool<int>.Shared.Return(counts);
            long negatives = 0, start = 0, pairs = 0;
            var previous = ulong.MaxValue;
            foreach (var item in sorted)
            {
                var key = item >> 1;
                var positive = (long)(item & 1);
                start = key != previous ? negatives : start;
                previous = key;
                pairs += (start + negatives) & -positive;
                negatives += 1 - positive;
            }

            return (pairs, n - negatives, negatives);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(items);
            ArrayPool<ulong>.Shared.Return(scratch);
        }
    }

    /// <summary>Sorts items by their digits, given each pass's digit counts; returns the sorted span.</summary>
    private static Span<T> Sort<T>(Span<T> source, Span<T> scratch, int[] counts, Digits digits)
        where T : unmanaged, IBinaryInteger<T>
    {
        for (var pass = 0; pass < digits.Passes; pass++)
        {
            var histogram = counts.AsSpan(pass * digits.Buckets, digits.Buckets);
            if (!StartOffsets(histogram, source.Length))
            {
                continue;
            }

            var shift = pass * digits.Bits;
            var mask = digits.Mask;
            ref var offsets = ref MemoryMarshal.GetReference(histogram);
            ref var target = ref MemoryMarshal.GetReference(scratch);
            foreach (var item in source)
            {
                ref var offset = ref Unsafe.Add(ref offsets, int.CreateTruncating(item >>> shift) & mask);
                Unsafe.Add(ref target, offset) = item;
                offset++;
            }

            var swap = source;
            source = scratch;
            scratch = swap;
        }

        return source;
    }

    /// <summary>The radix layout for items up to <c>largest</c>: the fewest passes of at most 14 bits, digits as even as possible.</summary>
    private readonly struct Digits
    {
        public Digits(ulong largest)
        {
            var length = 64 - BitOperations.LeadingZeroCount(largest);
            Passes = Math.Max(1, (length + MaxDigitBits - 1) / MaxDigitBits);
            Bits = (length + Passes - 1) / Passes;
            Buckets = 1 << Bits;
            Mask = Buckets - 1;
        }

        public int Passes { get; }

        public int Bits { get; }

        public int Buckets { get; }

        public int Mask { get; }
    }

    /// <summary>Turns counts into start offsets; false when one bucket holds everything (the pass would not move anything).</summary>
    private static bool StartOffsets(Span<int> histogram, int total)
    {
        var sum = 0;
        for (var i = 0; i < histogram.Length; i++)
        {
            var count = histogram[i];
            if (count == total)
            {
                return false;
            }

            histogram[i] = sum;
            sum += count;
        }

        return true;
    }

    private static int FirstNaN(ReadOnlySpan<float> scores)
    {
        for (var i = 0; i < scores.Length; i++)
        {
            if (float.IsNaN(scores[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
