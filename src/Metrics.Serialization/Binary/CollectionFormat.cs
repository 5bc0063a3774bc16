namespace Metrics;

/// <summary>The constants of the binary collection state format (docs/serialization.md, "Collections").</summary>
internal static class CollectionFormat
{
    /// <summary>The format version this build writes and the newest it reads.</summary>
    public const ushort Version = 1;

    /// <summary>The smallest possible collection state: the prefix, an empty configuration, no states, the checksum.</summary>
    public const int MinimumLength = BinaryFormat.PrefixLength + sizeof(int) + sizeof(int) + BinaryFormat.ChecksumSize;

    /// <summary>The first four bytes of every collection state: "MDSC" (Metrics.Dsl state of a collection).</summary>
    public static ReadOnlySpan<byte> Magic => "MDSC"u8;
}
