using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Metrics;

public partial struct SampleBuffer
{
    /// <summary>
    /// Appends a batch of scalar samples, each of weight 1: the same samples, in the same storage kinds, as appending
    /// <c>SampleBuffer.Of(scores[i], labels[i])</c> for every kept element in order, in one pass over each column.
    /// </summary>
    /// <typeparam name="TScore">The score element type.</typeparam>
    /// <typeparam name="TLabel">The label element type.</typeparam>
    /// <param name="scores">The scores, converted to double as <see cref="Of"/> would receive them.</param>
    /// <param name="labels">The labels, as many as scores.</param>
    /// <param name="mask">Which elements to append, or empty for all.</param>
    /// <exception cref="ArgumentException">The lengths differ, or the buffer keeps row samples.</exception>
    /// <exception cref="InvalidOperationException">The samples would not fit in one array (<see cref="MaxCount"/>); nothing changed.</exception>
    public void AppendRange<TScore, TLabel>(ReadOnlySpan<TScore> scores, ReadOnlySpan<TLabel> labels, ReadOnlySpan<bool> mask = default)
        where TScore : struct, INumberBase<TScore>
        where TLabel : struct, INumberBase<TLabel> =>
        AppendRange(scores, labels, mask, ReadOnlySpan<double>.Empty);

    /// <summary>
    /// Appends a weighted batch of scalar samples: the same samples, in the same storage kinds, as appending
    /// <c>SampleBuffer.Of(scores[i], labels[i])</c> with weight <c>weights[i]</c> for every kept element in order (a
    /// masked-out element or one of weight 0 is skipped, as the batch kernels skip it), in one pass over each column.
    /// </summary>
    /// <remarks>
    /// Weights are stored as given; the generated updates have validated them (non-negative, finite) before they call
    /// this. The storage stays compact exactly as with single appends: float scores while every score is exactly a float,
    /// byte labels while every label is an integer 0..255, weights only once a kept weight other than 1 appears.
    /// </remarks>
    /// <typeparam name="TScore">The score element type.</typeparam>
    /// <typeparam name="TLabel">The label element type.</typeparam>
    /// <typeparam name="TWeight">The weight element type.</typeparam>
    /// <param name="scores">The scores, converted to double as <see cref="Of"/> would receive them.</param>
    /// <param name="labels">The labels, as many as scores.</param>
    /// <param name="mask">Which elements to append, or empty for all.</param>
    /// <param name="weights">One weight per element, or empty for all 1.</param>
    /// <exception cref="ArgumentException">The lengths differ, or the buffer keeps row samples.</exception>
    /// <exception cref="InvalidOperationException">The samples would not fit in one array (<see cref="MaxCount"/>); nothing changed.</exception>
    public void AppendRange<TScore, TLabel, TWeight>(
        ReadOnlySpan<TScore> scores, ReadOnlySpan<TLabel> labels, ReadOnlySpan<bool> mask, ReadOnlySpan<TWeight> weights)
        where TScore : struct, INumberBase<TScore>
        where TLabel : struct, INumberBase<TLabel>
        where TWeight : struct, INumberBase<TWeight>
    {
        RequireLength(labels.Length, nameof(labels), scores.Length);
        if (!mask.IsEmpty)
        {
            RequireLength(mask.Length, nameof(mask), scores.Length);
        }

        if (!weights.IsEmpty)
        {
            RequireLength(weights.Length, nameof(weights), scores.Length);
        }

        if (_count > 0 && _storage!.Width != 1)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Scalar samples cannot join kept samples of {_storage.Width} scores."), nameof(scores));
        }

        var kept = KeptCount(mask, weights, scores.Length);
        if (kept == 0)
        {
            return;
        }

        Reserve(kept);
        _storage!.AddBatch(scores, labels, mask, weights, kept);
        _count += kept;
    }

    private static void RequireLength(int length, string name, int scores)
    {
        if (length != scores)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{name} has {length} elements and scores has {scores}; they must be as many."), name);
        }
    }

    private static int KeptCount<TWeight>(ReadOnlySpan<bool> mask, ReadOnlySpan<TWeight> weights, int length)
        where TWeight : struct, INumberBase<TWeight>
    {
        if (weights.IsEmpty)
        {
            return mask.IsEmpty ? length : mask.Count(true);
        }

        var kept = 0;
        for (var i = 0; i < length; i++)
        {
            if (IsKept(mask, weights, i))
            {
                kept++;
            }
        }

        return kept;
    }

    private static bool IsKept<TWeight>(ReadOnlySpan<bool> mask, ReadOnlySpan<TWeight> weights, int index)
        where TWeight : struct, INumberBase<TWeight> =>
        (weights.IsEmpty || !TWeight.IsZero(weights[index])) && (mask.IsEmpty || mask[index]);

    private sealed partial class Storage
    {
        /// <summary>
        /// Stores the <paramref name="kept"/> kept elements of a batch after the <see cref="Count"/> samples (the capacity
        /// suffices); <see cref="Count"/> moves only at the end.
        /// </summary>
        public void AddBatch<TScore, TLabel, TWeight>(
            ReadOnlySpan<TScore> scores, ReadOnlySpan<TLabel> labels, ReadOnlySpan<bool> mask, ReadOnlySpan<TWeight> weights, int kept)
            where TScore : struct, INumberBase<TScore>
            where TLabel : struct, INumberBase<TLabel>
            where TWeight : struct, INumberBase<TWeight>
        {
            RequireWidth(1);
            var start = Count;
            if (kept == scores.Length)
            {
                AddScores(scores, start);
                AddLabels(labels, start);
            }
            else
            {
                // Compaction is a simple loop: masks and zero weights are the rare path.
                var at = start;
                for (var i = 0; i < scores.Length; i++)
                {
                    if (IsKept(mask, weights, i))
                    {
                        SetScore(at, double.CreateTruncating(scores[i]));
                        SetLabel(at, double.CreateTruncating(labels[i]));
                        at++;
                    }
                }
            }

            AddWeights(mask, weights, start, kept);
            Count = start + kept;
        }

        private void AddScores<TScore>(ReadOnlySpan<TScore> scores, int start)
            where TScore : struct, INumberBase<TScore>
        {
            var done = 0;
            if (Singles is { } singles)
            {
                var target = singles.AsSpan(start, scores.Length);
                done = typeof(TScore) == typeof(float) ? CopyUntilNaN(MemoryMarshal.Cast<TScore, float>(scores), target)
                    : typeof(TScore) == typeof(double) ? NarrowUntilInexact(MemoryMarshal.Cast<TScore, double>(scores), target)
                    : NarrowUntilInexact(scores, target);
                if (done == scores.Length)
                {
                    return;
                }

                WidenScores(start + done);
            }

            var rest = scores[done..];
            var doubles = Doubles.AsSpan(start + done, rest.Length);
            if (typeof(TScore) == typeof(double))
            {
                MemoryMarshal.Cast<TScore, double>(rest).CopyTo(doubles);
                return;
            }

            for (var i = 0; i < rest.Length; i++)
            {
                doubles[i] = double.CreateTruncating(rest[i]);
            }
        }

        /// <summary>Copies floats up to the first NaN (which a single append keeps as a double: NaN ≠ NaN); returns how many.</summary>
        private static int CopyUntilNaN(ReadOnlySpan<float> source, Span<float> target)
        {
            var i = 0;
            var width = Vector<float>.Count;
            if (Vector.IsHardwareAccelerated)
            {
                for (; i <= source.Length - width; i += width)
                {
                    var block = new Vector<float>(source[i..]);
                    if (!Vector.EqualsAll(block, block))
                    {
                        break;
                    }

                    block.CopyTo(target[i..]);
                }
            }

            for (; i < source.Length; i++)
            {
                if (float.IsNaN(source[i]))
                {
                    return i;
                }

                target[i] = source[i];
            }

            return source.Length;
        }

        /// <summary>Narrows doubles to floats up to the first that is not exactly a float; returns how many.</summary>
        private static int NarrowUntilInexact(ReadOnlySpan<double> source, Span<float> target)
        {
            var i = 0;
            var width = Vector<double>.Count;
            if (Vector.IsHardwareAccelerated)
            {
                for (; i <= source.Length - (2 * width); i += 2 * width)
                {
                    var low = new Vector<double>(source[i..]);
                    var high = new Vector<double>(source[(i + width)..]);
                    var narrow = Vector.Narrow(low, high);
                    Vector.Widen(narrow, out var lowBack, out var highBack);
                    if (!Vector.EqualsAll(lowBack, low) || !Vector.EqualsAll(highBack, high))
                    {
                        break;
                    }

                    narrow.CopyTo(target[i..]);
                }
            }

            for (; i < source.Length; i++)
            {
                var single = (float)source[i];
                if (single != source[i])
                {
                    return i;
                }

                target[i] = single;
            }

            return source.Length;
        }

        private static int NarrowUntilInexact<TScore>(ReadOnlySpan<TScore> source, Span<float> target)
            where TScore : struct, INumberBase<TScore>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var score = double.CreateTruncating(source[i]);
                var single = (float)score;
                if (single != score)
                {
                    return i;
                }

                target[i] = single;
            }

            return source.Length;
        }

        private void AddLabels<TLabel>(ReadOnlySpan<TLabel> labels, int start)
            where TLabel : struct, INumberBase<TLabel>
        {
            var done = 0;
            if (SmallLabels is { } small)
            {
                done = SmallUntilWide(labels, small.AsSpan(start, labels.Length));
                if (done == labels.Length)
                {
                    return;
                }

                WidenLabels(start + done);
            }

            var wide = WideLabels.AsSpan(start + done, labels.Length - done);
            for (var i = 0; i < wide.Length; i++)
            {
                wide[i] = double.CreateTruncating(labels[done + i]);
            }
        }

        /// <summary>Stores labels as bytes up to the first that is not an integer 0..255 bit for bit; returns how many.</summary>
        private static int SmallUntilWide<TLabel>(ReadOnlySpan<TLabel> labels, Span<byte> target)
            where TLabel : struct, INumberBase<TLabel>
        {
            if (typeof(TLabel) == typeof(byte))
            {
                MemoryMarshal.Cast<TLabel, byte>(labels).CopyTo(target);
                return labels.Length;
            }

            if (typeof(TLabel) == typeof(int))
            {
                var ints = MemoryMarshal.Cast<TLabel, int>(labels);
                for (var i = 0; i < ints.Length; i++)
                {
                    var label = (uint)ints[i];
                    if (label > byte.MaxValue)
                    {
                        return i;
                    }

                    target[i] = (byte)label;
                }

                return ints.Length;
            }

            for (var i = 0; i < labels.Length; i++)
            {
                var label = double.CreateTruncating(labels[i]);
                var label8 = (byte)label;
                if (!SameBits(label8, label))
                {
                    return i;
                }

                target[i] = label8;
            }

            return labels.Length;
        }

        private void AddWeights<TWeight>(ReadOnlySpan<bool> mask, ReadOnlySpan<TWeight> weights, int start, int kept)
            where TWeight : struct, INumberBase<TWeight>
        {
            if (weights.IsEmpty)
            {
                Weights?.AsSpan(start, kept).Fill(1.0);
                return;
            }

            if (Weights is null)
            {
                var other = false;
                for (var i = 0; i < weights.Length && !other; i++)
                {
                    other = double.CreateTruncating(weights[i]) != 1.0 && IsKept(mask, weights, i);
                }

                if (!other)
                {
                    return;
                }

                AllocateWeights(start);
            }

            var stored = Weights.AsSpan(start, kept);
            var at = 0;
            for (var i = 0; i < weights.Length; i++)
            {
                if (IsKept(mask, weights, i))
                {
                    stored[at++] = double.CreateTruncating(weights[i]);
                }
            }
        }
    }
}
