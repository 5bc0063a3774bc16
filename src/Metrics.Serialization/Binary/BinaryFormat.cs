using System.Buffers.Binary;
using System.IO.Hashing;

namespace Metrics;

/// <summary>The constants and fixed offsets of the binary state format (docs/serialization.md, "Binary state format").</summary>
internal static class BinaryFormat
{
    /// <summary>The format version this build writes and the newest it reads.</summary>
    public const ushort Version = 1;

    /// <summary>Bytes before the metric name: magic (4), version (2), total length (8).</summary>
    public const int PrefixLength = 14;

    /// <summary>Bytes of the name's length prefix.</summary>
    public const int NameLengthSize = 2;

    /// <summary>Bytes of the fingerprint.</summary>
    public const int FingerprintSize = 8;

    /// <summary>Bytes of the parameter block's length prefix.</summary>
    public const int ParameterLengthSize = 4;

    /// <summary>Bytes of the checksum that ends the state.</summary>
    public const int ChecksumSize = 8;

    /// <summary>The smallest possible state: an empty name, no parameters, no state fields.</summary>
    public const int MinimumLength = PrefixLength + NameLengthSize + FingerprintSize + ParameterLengthSize + ChecksumSize;

    /// <summary>Sample-buffer flag: the scores are stored as 32-bit floats (otherwise 64-bit doubles).</summary>
    public const byte SingleScores = 1;

    /// <summary>Sample-buffer flag: the labels are stored as bytes (otherwise 64-bit doubles).</summary>
    public const byte ByteLabels = 2;

    /// <summary>Sample-buffer flag: one weight per sample follows the labels.</summary>
    public const byte Weighted = 4;

    /// <summary>The first four bytes of every state: "MDST" (Metrics.Dsl state).</summary>
    public static ReadOnlySpan<byte> Magic => "MDST"u8;

    /// <summary>The checksum of <paramref name="content"/>: XxHash3 (64 bits, seed 0).</summary>
    public static ulong Checksum(ReadOnlySpan<byte> content) => XxHash3.HashToUInt64(content);

    /// <summary>The fingerprint: XxHash3 of the parameter bytes, seeded with the hash of the state layout.</summary>
    public static ulong Fingerprint(ulong layoutHash, ReadOnlySpan<byte> parameters) =>
        XxHash3.HashToUInt64(parameters, unchecked((long)layoutHash));

    /// <summary>Writes <paramref name="value"/> little-endian at the start of <paramref name="destination"/>.</summary>
    public static void WriteUInt64(Span<byte> destination, ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(destination, value);
}
