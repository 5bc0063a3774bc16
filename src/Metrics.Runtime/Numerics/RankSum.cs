using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
        var ranking = RankAll(scores, labels, precisionSum: false);
        return (ranking.Pairs, ranking.Positives, ranking.Negatives);
    }

    /// <summary>
    /// Ranks the samples once for both exact summaries: twice the Mann-Whitney statistic (as <see cref="Count"/>) and
    /// average precision's sum Σ (TPₖ − TPₖ₋₁)·Pₖ over decreasing distinct scores, added in the order and with the
    /// arithmetic of <see cref="ExactCurves.AveragePrecision"/>'s walk, so that its value is the same to the bit.
    /// </summary>
    /// <param name="scores">The scores; none may be NaN.</param>
    /// <param name="labels">The labels, as many as scores; nonzero is positive.</param>
    /// <returns>The counts and the sum.</returns>
    /// <exception cref="ArgumentException">The lengths differ, or a score is NaN.</exception>
    public static BinaryRanking Rank(ReadOnlySpan<float> scores, ReadOnlySpan<byte> labels) => RankAll(scores, labels, precisionSum: true);

    private static BinaryRanking RankAll(ReadOnlySpan<float> scores, ReadOnlySpan<byte> labels, bool precisionSum)
    {
        if (labels.Length != scores.Length)
        {
            throw new ArgumentException($"{scores.Length} scores need as many labels ({labels.Length}).", nameof(labels));
        }

        var n = scores.Length;
        if (n == 0)
        {
            return new BinaryRanking(0, 0, 0, 0);
        }

        var min = TensorPrimitives.Min(scores);
        if (float.IsNaN(min))
        {
            throw new ArgumentException($"scores[{FirstNaN(scores)}] is NaN, which has no rank.", nameof(scores));
        }

        var low = RadixRanking.Key(min);
        var high = RadixRanking.Key(TensorPrimitives.Max(scores));
        return high - low < 0x8000_0000u ? CountNarrow(scores, labels, low, high, precisionSum) : CountWide(scores, labels, precisionSum);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static BinaryRanking CountNarrow(ReadOnlySpan<float> scores, ReadOnlySpan<byte> labels, uint low, uint high, bool precisionSum)
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
            Pack(scores, labels, low, items.AsSpan(0, n));
            foreach (var item in items.AsSpan(0, n))
            {
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
            return Tally<uint>(sorted, precisionSum);
        }
        finally
        {
            ArrayPool<uint>.Shared.Return(items);
            ArrayPool<uint>.Shared.Return(scratch);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static BinaryRanking CountWide(ReadOnlySpan<float> scores, ReadOnlySpan<byte> labels, bool precisionSum)
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
            return Tally<ulong>(sorted, precisionSum);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(items);
            ArrayPool<ulong>.Shared.Return(scratch);
        }
    }

    /// <summary>Writes each sample's item: its key relative to <paramref name="low"/>, above its label bit.</summary>
    private static void Pack(ReadOnlySpan<float> scores, ReadOnlySpan<byte> labels, uint low, Span<uint> items)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var score = ref MemoryMarshal.GetReference(scores);
            ref var label = ref MemoryMarshal.GetReference(labels);
            ref var item = ref MemoryMarshal.GetReference(items);
            var lowest = Vector256.Create(low);
            var signBit = Vector256.Create(0x8000_0000u);
            for (; i <= items.Length - 16; i += 16)
            {
                var small = Vector128.LoadUnsafe(ref label, (nuint)i);
                var (first, second) = Vector128.Widen(small);
                var flags = (Vector256.Create(Vector128.WidenLower(first), Vector128.WidenUpper(first)),
                    Vector256.Create(Vector128.WidenLower(second), Vector128.WidenUpper(second)));
                Key(Vector256.LoadUnsafe(ref score, (nuint)i), flags.Item1).StoreUnsafe(ref item, (nuint)i);
                Key(Vector256.LoadUnsafe(ref score, (nuint)(i + 8)), flags.Item2).StoreUnsafe(ref item, (nuint)(i + 8));
            }

            // As RadixRanking.Key: +0 for −0, every bit flipped for negatives, the sign bit set for the rest.
            Vector256<uint> Key(Vector256<float> values, Vector256<uint> flags)
            {
                var bits = (values + Vector256<float>.Zero).AsUInt32();
                var flip = Vector256.ShiftRightArithmetic(bits.AsInt32(), 31).AsUInt32() | signBit;
                return (((bits ^ flip) - lowest) << 1) | Vector256.Min(flags, Vector256<uint>.One);
            }
        }

        for (; i < items.Length; i++)
        {
            items[i] = ((RadixRanking.Key(scores[i]) - low) << 1) | (labels[i] != 0 ? 1u : 0u);
        }
    }

    /// <summary>
    /// Σ (TPₖ − TPₖ₋₁)·TPₖ / (TPₖ + FPₖ) over the distinct keys of sorted items from the highest down: the walk of
    /// <see cref="RankedCurve"/> with <see cref="ExactCurves.AveragePrecision"/>'s arithmetic (integral doubles).
    /// </summary>
    /// <remarks>
    /// A run of tied keys without a positive adds (0)·TPₖ / (TPₖ + FPₖ) = +0, which leaves the sum's bits as they are
    /// (the sum starts at +0), so every run's end adds its term without a test: whether a run holds a positive is a
    /// coin flip per score, a branch the processor mispredicts about every other time; the end of a run is all but
    /// always the next item.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double PrecisionSum<T>(ReadOnlySpan<T> sorted)
        where T : unmanaged, IBinaryInteger<T>, IUnsignedNumber<T>
    {
        double sum = 0, tp = 0, fp = 0, previous = 0;
        for (var i = sorted.Length - 1; i >= 0; i--)
        {
            var item = sorted[i];
            var positive = (double)uint.CreateTruncating(item & T.One);
            tp += positive;
            fp += 1 - positive;
            if (i == 0 || sorted[i - 1] >> 1 != item >> 1)
            {
                sum += (tp - previous) * (tp / (tp + fp));
                previous = tp;
            }
        }

        return sum;
    }

    /// <summary>
    /// The ranking of sorted items (within a run of tied keys, negatives first): one sequential, branch-free pass counts
    /// the pairs a positive ranks above a negative, ties counting one half (as twice the pairs, halved by the caller).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static BinaryRanking Tally<T>(ReadOnlySpan<T> sorted, bool precisionSum)
        where T : unmanaged, IBinaryInteger<T>, IUnsignedNumber<T>
    {
        long negatives = 0, start = 0, pairs = 0;
        var previous = T.AllBitsSet;
        foreach (var item in sorted)
        {
            var key = item >> 1;
            var positive = long.CreateTruncating(item & T.One);
            start = key != previous ? negatives : start;
            previous = key;
            pairs += (start + negatives) & -positive;
            negatives += 1 - positive;
        }

        return new BinaryRanking(pairs, sorted.Length - negatives, negatives, precisionSum ? PrecisionSum(sorted) : 0);
    }

    /// <summary>Sorts items by their digits, given each pass's digit counts; returns the sorted span.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Span<T> Sort<T>(Span<T> source, Span<T> scratch, int[] counts, Digits digits)
        where T : unmanaged, IBinaryInteger<T>, IUnsignedNumber<T>
    {
        for (var pass = 0; pass < digits.Passes; pass++)
        {
            var histogram = counts.AsSpan(pass * digits.Buckets, digits.Buckets);
            if (!StartOffsets(histogram, source.Length))
            {
                continue;
            }

            var shift = pass * digits.Bits;
            var mask = T.CreateTruncating(digits.Mask);
            ref var offsets = ref MemoryMarshal.GetReference(histogram);
            ref var target = ref MemoryMarshal.GetReference(scratch);
            foreach (var item in source)
            {
                ref var offset = ref Unsafe.Add(ref offsets, nint.CreateTruncating((item >> shift) & mask));
                Unsafe.Add(ref target, (nint)(uint)offset) = item;
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
    internal static bool StartOffsets(Span<int> histogram, int total)
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
