using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Metrics;

/// <summary>
/// Reads parameters and state fields from a span checked by its checksum, in the layout <see cref="SpanWriter"/> writes.
/// Every count is compared with the bytes that remain before anything is allocated; what does not fit throws a
/// <see cref="MetricStateException"/> naming the parameter or field.
/// </summary>
internal ref struct SpanReader : IMetricParameterReader, IMetricStateReader
{
    private readonly ReadOnlySpan<byte> _source;
    private readonly string _section;

    public SpanReader(ReadOnlySpan<byte> source, string section)
    {
        _source = source;
        _section = section;
        Position = 0;
    }

    /// <summary>The bytes read so far.</summary>
    public int Position { get; private set; }

    /// <summary>The bytes not read yet.</summary>
    public readonly int Remaining => _source.Length - Position;

    public T Number<T>(string name)
        where T : unmanaged, INumber<T> => Get<T>(name);

    public T? NullableNumber<T>(string name)
        where T : unmanaged, INumber<T> => Flag(name) ? Get<T>(name) : null;

    public bool Flag(string name)
    {
        var value = Get<byte>(name);
        return value switch
        {
            0 => false,
            1 => true,
            _ => throw Invalid(name, string.Create(CultureInfo.InvariantCulture, $"holds {value}, which is not a Boolean (0 or 1)")),
        };
    }

    public T Choice<T>(string name)
        where T : unmanaged, Enum => Get<T>(name);

    public ParameterArray<T> Array<T>(string name)
        where T : unmanaged, INumber<T>
    {
        var count = Count(name, Unsafe.SizeOf<T>());
        var bytes = Take(name, count * Unsafe.SizeOf<T>());
        return BitConverter.IsLittleEndian
            ? ParameterArray.Create(MemoryMarshal.Cast<byte, T>(bytes))
            : ParameterArray.Create<T>(Swapped<T>(bytes));
    }

    public T Value<T>(string name)
        where T : IConfigValue<T>
    {
        var position = Position;
        var value = ConfigValueCodec.Read(_source, ref position, name);
        Position = position;
        return T.FromConfigValue(value, ConfigValues.SnakeCase(name));
    }

    public double Real(string name) => Get<double>(name);

    public long Whole(string name) => Get<long>(name);

    public SumArray Cells(string name, int length)
    {
        var stored = Get<int>(name);
        if (stored != length)
        {
            throw new MetricStateException(
                MetricStateProblem.OtherLayout,
                string.Create(CultureInfo.InvariantCulture, $"The state array '{name}' holds {stored} cells but the parameters require {length}."));
        }

        var bytes = Take(name, (long)length * sizeof(double));
        return BitConverter.IsLittleEndian
            ? SumArray.FromCells(MemoryMarshal.Cast<byte, double>(bytes))
            : SumArray.FromCells(Swapped<double>(bytes));
    }

    public SampleBuffer Samples(string name)
    {
        var count = Get<int>(name);
        var width = Get<int>(name);
        var flags = Get<byte>(name);
        if ((flags & ~(BinaryFormat.SingleScores | BinaryFormat.ByteLabels | BinaryFormat.Weighted)) != 0)
        {
            throw Invalid(name, string.Create(CultureInfo.InvariantCulture, $"has unknown flags 0x{flags:X2}"));
        }

        if (count == 0 && width == 0)
        {
            return default;
        }

        if (count < 1 || width < 1 || count > SampleBuffer.MaxCount(width))
        {
            throw Invalid(name, string.Create(CultureInfo.InvariantCulture, $"claims {count} samples of {width} scores, which no buffer holds"));
        }

        var payload = SampleForm.PayloadSize(count, width, flags);
        if (payload > Remaining)
        {
            throw Invalid(name, string.Create(CultureInfo.InvariantCulture, $"claims {count} samples of {width} scores, {payload} bytes, but only {Remaining} remain"));
        }

        var scoreCount = count * width;
        var single = (flags & BinaryFormat.SingleScores) != 0;
        var scores = Take(name, (long)scoreCount * (single ? sizeof(float) : sizeof(double)));
        var small = (flags & BinaryFormat.ByteLabels) != 0;
        var labels = Take(name, (long)count * (small ? sizeof(byte) : sizeof(double)));
        var weights = (flags & BinaryFormat.Weighted) != 0 ? Take(name, (long)count * sizeof(double)) : default;
        return (single, small) switch
        {
            (true, true) => SampleBuffer.FromParts(width, Values<float>(scores), labels, Values<double>(weights)),
            (true, false) => SampleBuffer.FromParts(width, Values<float>(scores), Values<double>(labels), Values<double>(weights)),
            (false, true) => SampleBuffer.FromParts(width, Values<double>(scores), labels, Values<double>(weights)),
            (false, false) => SampleBuffer.FromParts(width, Values<double>(scores), Values<double>(labels), Values<double>(weights)),
        };
    }

    /// <summary>Reads a raw value (a length, a fingerprint) that is no parameter or field.</summary>
    public T Raw<T>(string what)
        where T : unmanaged => Get<T>(what);

    /// <summary>Reads raw bytes (the name).</summary>
    public ReadOnlySpan<byte> Raw(string what, int length) => Take(what, length);

    private static ReadOnlySpan<T> Values<T>(ReadOnlySpan<byte> bytes)
        where T : unmanaged =>
        BitConverter.IsLittleEndian ? MemoryMarshal.Cast<byte, T>(bytes) : Swapped<T>(bytes);

    private static T[] Swapped<T>(ReadOnlySpan<byte> bytes)
        where T : unmanaged
    {
        var size = Unsafe.SizeOf<T>();
        var values = new T[bytes.Length / size];
        var scratch = new byte[size];
        for (var i = 0; i < values.Length; i++)
        {
            bytes.Slice(i * size, size).CopyTo(scratch);
            scratch.AsSpan().Reverse();
            values[i] = MemoryMarshal.Read<T>(scratch);
        }

        return values;
    }

    private T Get<T>(string name)
        where T : unmanaged
    {
        var bytes = Take(name, Unsafe.SizeOf<T>());
        if (BitConverter.IsLittleEndian)
        {
            return MemoryMarshal.Read<T>(bytes);
        }

        Span<byte> swapped = stackalloc byte[bytes.Length];
        bytes.CopyTo(swapped);
        swapped.Reverse();
        return MemoryMarshal.Read<T>(swapped);
    }

    private int Count(string name, int elementSize)
    {
        var count = Get<int>(name);
        if (count < 0 || (long)count * elementSize > Remaining)
        {
            throw Invalid(name, string.Create(CultureInfo.InvariantCulture, $"claims {count} items but only {Remaining} bytes remain"));
        }

        return count;
    }

    private ReadOnlySpan<byte> Take(string name, long length)
    {
        if (length > Remaining)
        {
            throw Invalid(name, string.Create(CultureInfo.InvariantCulture, $"needs {length} bytes but only {Remaining} remain"));
        }

        var taken = _source.Slice(Position, (int)length);
        Position += (int)length;
        return taken;
    }

    private readonly MetricStateException Invalid(string name, string what) =>
        new(MetricStateProblem.Invalid, $"The {_section} '{name}' {what}.");
}
