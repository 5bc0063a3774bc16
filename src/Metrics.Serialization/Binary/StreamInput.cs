using System.IO;

namespace Metrics;

/// <summary>Checks the first <see cref="BinaryFormat.PrefixLength"/> bytes of an input and returns its declared total length.</summary>
/// <param name="prefix">The bytes read so far (fewer than the prefix when the stream ended early).</param>
/// <returns>The total length the prefix declares.</returns>
internal delegate long PrefixCheck(ReadOnlySpan<byte> prefix);

/// <summary>Reads one length-prefixed input (a metric's state, a collection's) from a stream, consuming exactly its bytes.</summary>
internal static class StreamInput
{
    /// <summary>
    /// Reads the prefix, checks it with <paramref name="check"/>, then reads the rest of the declared length into a
    /// buffer that grows as the bytes arrive (the declared length is only a claim until they do).
    /// </summary>
    /// <param name="stream">A readable stream positioned at the input.</param>
    /// <param name="check">Checks the prefix and returns the declared total length.</param>
    /// <param name="length">The input's length: the first <paramref name="length"/> bytes of the buffer.</param>
    /// <returns>The buffer.</returns>
    /// <exception cref="MetricStateException">The prefix is refused, or the stream ends early (<see cref="MetricStateProblem.Truncated"/>).</exception>
    public static byte[] ReadDeclared(Stream stream, PrefixCheck check, out int length)
    {
        Span<byte> prefix = stackalloc byte[BinaryFormat.PrefixLength];
        var read = stream.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
        var total = check(prefix[..read]);
        var buffer = GC.AllocateUninitializedArray<byte>((int)Math.Min(total, 1 << 16));
        prefix.CopyTo(buffer);
        var filled = prefix.Length;
        while (filled < total)
        {
            if (filled == buffer.Length)
            {
                System.Array.Resize(ref buffer, (int)Math.Min(total, 2L * buffer.Length));
            }

            var count = stream.Read(buffer, filled, buffer.Length - filled);
            if (count == 0)
            {
                throw MetricState.Truncated(filled, total);
            }

            filled += count;
        }

        length = (int)total;
        return buffer;
    }
}
