using System.Globalization;
using System.Runtime.InteropServices;

namespace Metrics;

public partial struct SampleBuffer
{
    /// <summary>
    /// A buffer holding copies of stored parts, as a state reader restores it: <paramref name="labels"/>.Length samples
    /// of <paramref name="width"/> scores each. The parts are kept in the storage kind they come in (see
    /// <see cref="HasSingleScores"/> and <see cref="HasByteLabels"/>), which never changes a value.
    /// </summary>
    /// <typeparam name="TScore"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <typeparam name="TLabel"><see cref="byte"/> or <see cref="double"/>.</typeparam>
    /// <param name="width">The scores per sample (at least 1 when there are samples; ignored when there are none).</param>
    /// <param name="scores">The scores in append order, row-major: samples × <paramref name="width"/>.</param>
    /// <param name="labels">One label per sample.</param>
    /// <param name="weights">One weight per sample, or empty when every weight is 1.</param>
    /// <returns>The buffer.</returns>
    /// <exception cref="ArgumentException">
    /// The types are not among those stored, or the lengths do not agree with the number of samples and the width, or
    /// the samples would not fit in one buffer (<see cref="MaxCount"/>).
    /// </exception>
    public static SampleBuffer FromParts<TScore, TLabel>(
        int width, ReadOnlySpan<TScore> scores, ReadOnlySpan<TLabel> labels, ReadOnlySpan<double> weights)
        where TScore : unmanaged
        where TLabel : unmanaged
    {
        if (typeof(TScore) != typeof(float) && typeof(TScore) != typeof(double))
        {
            throw new ArgumentException($"Scores are stored as float or double, not {typeof(TScore).Name}.", nameof(scores));
        }

        if (typeof(TLabel) != typeof(byte) && typeof(TLabel) != typeof(double))
        {
            throw new ArgumentException($"Labels are stored as byte or double, not {typeof(TLabel).Name}.", nameof(labels));
        }

        var count = labels.Length;
        if (count == 0)
        {
            return scores.IsEmpty && weights.IsEmpty
                ? default
                : throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"No labels, so no samples, but {scores.Length} scores and {weights.Length} weights."), nameof(labels));
        }

        if (width < 1 || count > MaxCount(width))
        {
            throw new ArgumentOutOfRangeException(
                nameof(width), width, string.Create(CultureInfo.InvariantCulture, $"{count} samples of {width} score(s) cannot be held: the width must be at least 1 and the samples at most {MaxCount(Math.Max(width, 1))}."));
        }

        if (scores.Length != (long)count * width)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{count} samples of {width} score(s) need {(long)count * width} scores, not {scores.Length}."), nameof(scores));
        }

        if (!weights.IsEmpty && weights.Length != count)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{count} samples need {count} weights (or none), not {weights.Length}."), nameof(weights));
        }

        return new SampleBuffer(Storage.FromParts(width, scores, labels, weights));
    }

    private sealed partial class Storage
    {
        public static Storage FromParts<TScore, TLabel>(
            int width, ReadOnlySpan<TScore> scores, ReadOnlySpan<TLabel> labels, ReadOnlySpan<double> weights)
            where TScore : unmanaged
            where TLabel : unmanaged
        {
            var storage = new Storage(labels.Length, width, typeof(TScore) == typeof(float), typeof(TLabel) == typeof(byte));
            if (storage.Singles is { } singles)
            {
                MemoryMarshal.Cast<TScore, float>(scores).CopyTo(singles);
            }
            else
            {
                MemoryMarshal.Cast<TScore, double>(scores).CopyTo(storage.Doubles);
            }

            if (storage.SmallLabels is { } small)
            {
                MemoryMarshal.Cast<TLabel, byte>(labels).CopyTo(small);
            }
            else
            {
                MemoryMarshal.Cast<TLabel, double>(labels).CopyTo(storage.WideLabels);
            }

            if (!weights.IsEmpty)
            {
                storage.Weights = weights.ToArray();
            }

            storage.Count = labels.Length;
            return storage;
        }
    }
}
