using System;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace Metrics.Serialization.Tests.Binary;

/// <summary>
/// Edits states as an attacker or a buggy writer would, then makes them pass the checks that would otherwise catch the
/// edit (checksum, fingerprint), so that the checks behind them are reached. Offsets follow docs/serialization.md.
/// </summary>
internal static class ForgedBytes
{
    /// <summary>Offset of the format version.</summary>
    public const int VersionAt = 4;

    /// <summary>Offset of the total length.</summary>
    public const int LengthAt = 6;

    /// <summary>Offset of the name's length.</summary>
    public const int NameAt = 14;

    /// <summary>Offset of the fingerprint.</summary>
    public static int FingerprintAt(byte[] bytes) => NameAt + 2 + BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(NameAt));

    /// <summary>Offset of the first parameter.</summary>
    public static int ParametersAt(byte[] bytes) => FingerprintAt(bytes) + 12;

    /// <summary>Offset of the first state field.</summary>
    public static int StateAt(byte[] bytes) =>
        ParametersAt(bytes) + BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(FingerprintAt(bytes) + 8));

    /// <summary>Sets the length field to the array's length and recomputes the checksum.</summary>
    public static byte[] Reseal(byte[] bytes)
    {
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(LengthAt), bytes.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(bytes.Length - 8), XxHash3.HashToUInt64(bytes.AsSpan(0, bytes.Length - 8)));
        return bytes;
    }

    /// <summary>
    /// Recomputes the fingerprint for <typeparamref name="TMetric"/>'s layout and the parameter bytes present, then
    /// reseals; when the parameter length itself no longer fits, only reseals.
    /// </summary>
    public static byte[] Refingerprint<TMetric>(byte[] bytes)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var parameterLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(FingerprintAt(bytes) + 8));
        if (parameterLength < 0 || parameterLength > bytes.Length - 8 - ParametersAt(bytes))
        {
            return Reseal(bytes);
        }

        var layout = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(TMetric.StateLayout));
        var parameters = bytes.AsSpan(ParametersAt(bytes), StateAt(bytes) - ParametersAt(bytes));
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(FingerprintAt(bytes)), XxHash3.HashToUInt64(parameters, unchecked((long)layout)));
        return Reseal(bytes);
    }
}
