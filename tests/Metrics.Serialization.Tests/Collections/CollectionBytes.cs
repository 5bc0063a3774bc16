using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using Metrics.Serialization.Tests.Binary;

namespace Metrics.Serialization.Tests.Collections;

/// <summary>Takes collection states apart and puts them together again, at the offsets docs/serialization.md gives.</summary>
internal static class CollectionBytes
{
    /// <summary>Offset of the configuration's length.</summary>
    public const int ConfigAt = 14;

    /// <summary>The stored configuration, state count and states (each a whole single-metric state).</summary>
    public static (byte[] Config, int Count, List<byte[]> States) Parse(byte[] bytes)
    {
        var configLength = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(ConfigAt));
        var config = bytes.AsSpan(ConfigAt + 4, configLength).ToArray();
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(ConfigAt + 4 + configLength));
        var states = new List<byte[]>();
        for (var at = ConfigAt + 8 + configLength; at < bytes.Length - 8;)
        {
            var length = (int)BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(at + ForgedBytes.LengthAt));
            states.Add(bytes.AsSpan(at, length).ToArray());
            at += length;
        }

        return (config, count, states);
    }

    /// <summary>A sealed collection state (right length, right checksum) from parts.</summary>
    public static byte[] Assemble(byte[] config, int count, IEnumerable<byte[]> states)
    {
        var body = states.SelectMany(s => s).ToArray();
        var bytes = new byte[ConfigAt + 4 + config.Length + 4 + body.Length + 8];
        "MDSC"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(4), 1);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(ConfigAt), config.Length);
        config.CopyTo(bytes, ConfigAt + 4);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(ConfigAt + 4 + config.Length), count);
        body.CopyTo(bytes, ConfigAt + 8 + config.Length);
        return ForgedBytes.Reseal(bytes);
    }
}
