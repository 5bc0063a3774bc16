using System.Buffers.Binary;
using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace Metrics;

/// <summary>
/// The tagged encoding of a configuration value (<see cref="IConfigValue{TSelf}.ToConfigValue"/>): one tag byte, then
/// nothing (null, false, true), a little-endian 64-bit integer or double, a length-prefixed UTF-8 string, or a
/// count-prefixed sequence of values.
/// </summary>
internal static class ConfigValueCodec
{
    /// <summary>Tag of null.</summary>
    public const byte Null = 0;

    /// <summary>Tag of false.</summary>
    public const byte False = 1;

    /// <summary>Tag of true.</summary>
    public const byte True = 2;

    /// <summary>Tag of an integer: 8 bytes follow.</summary>
    public const byte Integer = 3;

    /// <summary>Tag of a double: 8 bytes follow.</summary>
    public const byte Real = 4;

    /// <summary>Tag of a string: a 4-byte length and that many UTF-8 bytes follow.</summary>
    public const byte Text = 5;

    /// <summary>Tag of an array: a 4-byte count and that many values follow.</summary>
    public const byte Sequence = 6;

    /// <summary>How deeply arrays may nest when read; deeper input is refused rather than recursed into.</summary>
    public const int MaxDepth = 32;

    /// <summary>The number of bytes <paramref name="value"/> takes.</summary>
    public static long Size(object? value) => value switch
    {
        null or bool => 1,
        string text => 1 + 4 + Encoding.UTF8.GetByteCount(text),
        IEnumerable items => SequenceSize(items),
        _ => 1 + 8 + (IsNumber(value) ? 0 : throw NotAConfigValue(value)),
    };

    /// <summary>Writes <paramref name="value"/> at the start of <paramref name="destination"/>; returns the bytes written.</summary>
    public static int Write(object? value, Span<byte> destination)
    {
        switch (value)
        {
            case null:
                destination[0] = Null;
                return 1;
            case bool flag:
                destination[0] = flag ? True : False;
                return 1;
            case string text:
                destination[0] = Text;
                var length = Encoding.UTF8.GetBytes(text, destination[5..]);
                BinaryPrimitives.WriteInt32LittleEndian(destination[1..], length);
                return 5 + length;
            case IEnumerable items:
                destination[0] = Sequence;
                var written = 5;
                var count = 0;
                foreach (var item in items)
                {
                    written += Write(item, destination[written..]);
                    count++;
                }

                BinaryPrimitives.WriteInt32LittleEndian(destination[1..], count);
                return written;
            case double or float or decimal:
                destination[0] = Real;
                BinaryPrimitives.WriteDoubleLittleEndian(destination[1..], Convert.ToDouble(value, CultureInfo.InvariantCulture));
                return 9;
            case ulong big when big > long.MaxValue:
                destination[0] = Real;
                BinaryPrimitives.WriteDoubleLittleEndian(destination[1..], big);
                return 9;
            default:
                destination[0] = IsNumber(value) ? Integer : throw NotAConfigValue(value);
                BinaryPrimitives.WriteInt64LittleEndian(destination[1..], Convert.ToInt64(value, CultureInfo.InvariantCulture));
                return 9;
        }
    }

    /// <summary>
    /// Reads a value from the start of <paramref name="source"/>: numbers as <see cref="long"/> or <see cref="double"/>,
    /// arrays as <c>object?[]</c>, as <see cref="IConfigValue{TSelf}.FromConfigValue"/> expects them.
    /// </summary>
    /// <exception cref="MetricStateException">The bytes do not hold a value (an unknown tag, a length beyond them, too deep).</exception>
    public static object? Read(ReadOnlySpan<byte> source, ref int position, string name, int depth = 0)
    {
        var tag = Take(source, ref position, 1, name)[0];
        switch (tag)
        {
            case Null:
                return null;
            case False:
                return false;
            case True:
                return true;
            case Integer:
                return BinaryPrimitives.ReadInt64LittleEndian(Take(source, ref position, 8, name));
            case Real:
                return BinaryPrimitives.ReadDoubleLittleEndian(Take(source, ref position, 8, name));
            case Text:
                var length = Count(source, ref position, name);
                try
                {
                    return new UTF8Encoding(false, true).GetString(Take(source, ref position, length, name));
                }
                catch (DecoderFallbackException e)
                {
                    throw new MetricStateException($"The parameter '{name}' holds a string that is not UTF-8.", e);
                }

            case Sequence:
                if (depth >= MaxDepth)
                {
                    throw new MetricStateException($"The parameter '{name}' nests arrays deeper than {MaxDepth}.");
                }

                // Every value takes at least one byte, so a count beyond the bytes left is refused before allocating.
                var count = Count(source, ref position, name);
                var items = new object?[count];
                for (var i = 0; i < count; i++)
                {
                    items[i] = Read(source, ref position, name, depth + 1);
                }

                return items;
            default:
                throw new MetricStateException(string.Create(
                    CultureInfo.InvariantCulture, $"The parameter '{name}' holds a value of unknown tag {tag}."));
        }
    }

    private static long SequenceSize(IEnumerable items)
    {
        var size = 5L;
        foreach (var item in items)
        {
            size += Size(item);
        }

        return size;
    }

    private static int Count(ReadOnlySpan<byte> source, ref int position, string name)
    {
        var count = BinaryPrimitives.ReadInt32LittleEndian(Take(source, ref position, 4, name));
        if (count < 0 || count > source.Length - position)
        {
            throw new MetricStateException(string.Create(
                CultureInfo.InvariantCulture, $"The parameter '{name}' claims {count} items or bytes but only {source.Length - position} bytes remain."));
        }

        return count;
    }

    private static ReadOnlySpan<byte> Take(ReadOnlySpan<byte> source, ref int position, int length, string name)
    {
        if (length > source.Length - position)
        {
            throw new MetricStateException($"The parameter block ends inside the parameter '{name}'.");
        }

        var taken = source.Slice(position, length);
        position += length;
        return taken;
    }

    private static bool IsNumber(object value) =>
        value is int or long or short or sbyte or byte or ushort or uint or ulong or float or double or decimal;

    private static InvalidOperationException NotAConfigValue(object value) =>
        new($"A configuration value must be null, a Boolean, a number, a string or an array, not a {value.GetType().Name}.");
}
