using System.Buffers.Binary;

namespace Metrics;

/// <summary>The part of a binary prefix that a metric state and a collection state check alike: the version and the declared length after the magic number.</summary>
internal static class FormatPrefix
{
    /// <summary>Checks the version and declared length that follow a magic number of <paramref name="magicLength"/> bytes; returns the declared length.</summary>
    /// <param name="bytes">The input, starting with the magic number (already checked).</param>
    /// <param name="magicLength">The magic number's length.</param>
    /// <param name="knownVersion">The newest format version this reader knows.</param>
    /// <param name="minimumLength">The shortest valid input of the format.</param>
    /// <param name="subject">What the input is, as a message starts: "The state", "The collection state".</param>
    /// <param name="one">What takes the length range, as a message names it: "a state", "one".</param>
    public static long VersionAndLength(ReadOnlySpan<byte> bytes, int magicLength, ushort knownVersion, int minimumLength, string subject, string one)
    {
        if (bytes.Length < magicLength + sizeof(ushort))
        {
            throw MetricState.Truncated(bytes.Length, minimumLength);
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(bytes[magicLength..]);
        if (version > knownVersion)
        {
            throw new MetricStateException(MetricStateProblem.NewerFormat, string.Create(
                CultureInfo.InvariantCulture, $"{subject} was written in format version {version}; this reader knows versions up to {knownVersion}. Read it with a newer Metrics.Serialization."));
        }

        if (version == 0)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, $"{subject} claims format version 0, which does not exist.");
        }

        if (bytes.Length < BinaryFormat.PrefixLength)
        {
            throw MetricState.Truncated(bytes.Length, minimumLength);
        }

        var total = BinaryPrimitives.ReadInt64LittleEndian(bytes[(magicLength + sizeof(ushort))..]);
        if (total < minimumLength || total > Array.MaxLength)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, string.Create(
                CultureInfo.InvariantCulture, $"{subject} claims a length of {total} bytes; {one} takes from {minimumLength} to {Array.MaxLength}."));
        }

        return total;
    }
}
