using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Metrics.Orleans.Serialization;

/// <summary>
/// State bytes (<see cref="MetricState"/>, <see cref="MetricCollectionState"/>) with their runs of zeros left out, as
/// they travel between silos and sit in grain storage. Histogram and array states are mostly zero cells (a 16-bit
/// <c>histogram_roc_auc</c> has 131,072, and scores crowd in a few of its octaves), so a 1 MiB state packs to a small
/// part of that; unpacking gives back the very bytes, checksum included, so the state reads back bit for bit.
/// </summary>
/// <remarks>
/// The form: the unpacked length (a 7-bit varint), then segments until that length is reached, each the length of
/// some literal bytes, those bytes, and the length of the zeros that follow them (both varints). Only runs of at least
/// 16 zeros become a segment's zeros, so dense states grow by a few bytes at most.
/// </remarks>
public static class PackedState
{
    /// <summary>Reads a state from its unpacked bytes.</summary>
    internal delegate T StateReader<out T>(ReadOnlySpan<byte> state);

    // Shorter runs cost more in lengths than they save; 16 zeros hold at least one aligned 8-byte word.
    private const int MinimumRun = 16;
    private const int MaxVarintBytes = 5;

    /// <summary>Packs state bytes.</summary>
    /// <param name="state">The bytes of a state.</param>
    /// <returns>The packed bytes; <see cref="Unpack"/> gives <paramref name="state"/> back.</returns>
    public static byte[] Pack(ReadOnlySpan<byte> state)
    {
        // Each segment stands for at least MinimumRun bytes and adds two varints, so only the last one can grow the output.
        var buffer = ArrayPool<byte>.Shared.Rent(state.Length + (3 * MaxVarintBytes));
        try
        {
            var at = WriteVarint(buffer, 0, state.Length);
            var literalFrom = 0;
            var words = MemoryMarshal.Cast<byte, ulong>(state);
            var word = 0;
            while (word < words.Length)
            {
                var zero = words[word..].IndexOf(0UL);
                if (zero < 0)
                {
                    break;
                }

                word += zero;
                var nonZero = words[word..].IndexOfAnyExcept(0UL);
                var wordEnd = nonZero < 0 ? words.Length : word + nonZero;
                var runStart = word * sizeof(ulong);
                while (runStart > literalFrom && state[runStart - 1] == 0)
                {
                    runStart--;
                }

                var runEnd = wordEnd * sizeof(ulong);
                var beyond = state[runEnd..].IndexOfAnyExcept((byte)0);
                runEnd = beyond < 0 ? state.Length : runEnd + beyond;
                if (runEnd - runStart >= MinimumRun)
                {
                    at = WriteSegment(buffer, at, state[literalFrom..runStart], runEnd - runStart);
                    literalFrom = runEnd;
                }

                word = wordEnd;
            }

            if (literalFrom < state.Length)
            {
                at = WriteSegment(buffer, at, state[literalFrom..], 0);
            }

            return buffer.AsSpan(0, at).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Unpacks bytes written by <see cref="Pack"/>.</summary>
    /// <param name="packed">The packed bytes.</param>
    /// <returns>The state bytes, as they were packed.</returns>
    /// <exception cref="MetricStateException">The packed bytes are cut short or inconsistent (<see cref="MetricStateProblem.Corrupted"/>, <see cref="MetricStateProblem.Truncated"/>).</exception>
    public static byte[] Unpack(ReadOnlySpan<byte> packed)
    {
        var at = 0;
        var state = new byte[UnpackedLength(packed, ref at)];
        Fill(packed, at, state);
        return state;
    }

    /// <summary>
    /// Reads a collection from its packed <see cref="MetricCollectionState"/> bytes, as <see cref="Unpack"/> and
    /// <see cref="MetricCollectionState.Read(ReadOnlySpan{byte})"/> would, with the unpacked bytes in a pooled buffer.
    /// </summary>
    /// <param name="packed">Packed collection state bytes.</param>
    /// <returns>The collection.</returns>
    /// <exception cref="MetricStateException">The packed bytes or the state in them are refused.</exception>
    public static MetricCollection ReadCollection(ReadOnlySpan<byte> packed) => Read(packed, MetricCollectionState.Read);

    /// <summary>
    /// Unpacks into a pooled buffer and hands the state bytes to <paramref name="read"/>: a state's reader copies what
    /// it keeps, so a 1 MiB state costs no new array here.
    /// </summary>
    internal static T Read<T>(ReadOnlySpan<byte> packed, StateReader<T> read)
    {
        var at = 0;
        var length = UnpackedLength(packed, ref at);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var state = buffer.AsSpan(0, length);
            Fill(packed, at, state);
            return read(state);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int UnpackedLength(ReadOnlySpan<byte> packed, ref int at)
    {
        var length = ReadVarint(packed, ref at, "the unpacked length");
        return length > Array.MaxLength ? throw Corrupted($"it declares {length} unpacked bytes, more than one array holds") : (int)length;
    }

    // Writes every byte of state: the literals and the runs of zeros (a pooled buffer holds old bytes).
    private static void Fill(ReadOnlySpan<byte> packed, int at, Span<byte> state)
    {
        var length = state.Length;
        var written = 0L;
        while (written < length)
        {
            var literal = ReadVarint(packed, ref at, "a literal length");
            if (literal > length - written)
            {
                throw Corrupted($"a segment at byte {at} has {literal} literal bytes where {length - written} remain");
            }

            if (literal > packed.Length - at)
            {
                throw new MetricStateException(MetricStateProblem.Truncated, Message($"a segment at byte {at} has {literal} literal bytes but {packed.Length - at} follow"));
            }

            packed.Slice(at, (int)literal).CopyTo(state[(int)written..]);
            at += (int)literal;
            written += literal;
            var zeros = ReadVarint(packed, ref at, "a run of zeros");
            if (zeros > length - written)
            {
                throw Corrupted($"a run of {zeros} zeros at byte {at} passes the unpacked length ({length - written} remain)");
            }

            state.Slice((int)written, (int)zeros).Clear();
            written += zeros;
        }

        if (at != packed.Length)
        {
            throw Corrupted($"{packed.Length - at} bytes follow the end of the state at byte {at}");
        }
    }

    private static int WriteSegment(byte[] buffer, int at, ReadOnlySpan<byte> literal, int zeros)
    {
        at = WriteVarint(buffer, at, literal.Length);
        literal.CopyTo(buffer.AsSpan(at));
        return WriteVarint(buffer, at + literal.Length, zeros);
    }

    private static int WriteVarint(byte[] buffer, int at, int value)
    {
        var rest = (uint)value;
        while (rest >= 0x80)
        {
            buffer[at++] = (byte)(rest | 0x80);
            rest >>= 7;
        }

        buffer[at++] = (byte)rest;
        return at;
    }

    private static long ReadVarint(ReadOnlySpan<byte> packed, ref int at, string what)
    {
        var value = 0L;
        for (var shift = 0; shift < 7 * MaxVarintBytes; shift += 7)
        {
            if (at >= packed.Length)
            {
                throw new MetricStateException(MetricStateProblem.Truncated, Message($"{what} is cut off at byte {at}"));
            }

            var next = packed[at++];
            value |= (long)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value;
            }
        }

        throw Corrupted($"{what} ending at byte {at} is longer than {MaxVarintBytes} bytes");
    }

    private static MetricStateException Corrupted(string detail) => new(MetricStateProblem.Corrupted, Message(detail));

    private static string Message(string detail) => string.Create(CultureInfo.InvariantCulture, $"The packed state is refused: {detail}.");
}
