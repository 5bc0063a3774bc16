using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Metrics;

/// <summary>
/// Writes parameters and state fields little-endian into a span measured by <see cref="SizeCounter"/>: numbers and
/// enums at their size, Booleans as one byte, arrays and buffers behind their counts.
/// </summary>
internal ref struct SpanWriter : IMetricParameterWriter, IMetricStateWriter
{
    private readonly Span<byte> _destination;

    public SpanWriter(Span<byte> destination)
    {
        _destination = destination;
        Position = 0;
    }

    /// <summary>The bytes written so far.</summary>
    public int Position { get; private set; }

    public void Number<T>(string name, T value)
        where T : unmanaged, INumber<T> => Put(value);

    public void NullableNumber<T>(string name, T? value)
        where T : unmanaged, INumber<T>
    {
        Put(value.HasValue);
        if (value.HasValue)
        {
            Put(value.GetValueOrDefault());
        }
    }

    public void Flag(string name, bool value) => Put(value);

    public void Choice<T>(string name, T value)
        where T : unmanaged, Enum => Put(value);

    public void Array<T>(string name, ParameterArray<T> value)
        where T : unmanaged, INumber<T>
    {
        Put(value.Length);
        PutAll(value.AsSpan());
    }

    public void Value<T>(string name, T value)
        where T : IConfigValue<T> => Position += ConfigValueCodec.Write(value.ToConfigValue(), _destination[Position..]);

    public void Real(string name, double value) => Put(value);

    public void Whole(string name, long value) => Put(value);

    public void Cells(string name, SumArray cells, int length)
    {
        Put(length);
        if (!cells.IsAllocated)
        {
            _destination.Slice(Position, length * sizeof(double)).Clear();
            Position += length * sizeof(double);
            return;
        }

        if (cells.Length != length)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture, $"The state array '{name}' has {cells.Length} cells but the parameters require {length}."));
        }

        PutAll(cells.Cells);
    }

    public void Samples(string name, SampleBuffer samples)
    {
        var form = SampleForm.Of(samples);
        Put(form.Count);
        Put(form.Width);
        Put(form.Flags);
        if (form.Count == 0)
        {
            return;
        }

        if (!form.SingleScores)
        {
            PutAll(samples.DoubleScores);
        }
        else if (samples.HasSingleScores)
        {
            PutAll(samples.SingleScores);
        }
        else
        {
            foreach (var score in samples.DoubleScores)
            {
                Put((float)score);
            }
        }

        if (!form.ByteLabels)
        {
            PutAll(samples.DoubleLabels);
        }
        else if (samples.HasByteLabels)
        {
            PutAll(samples.ByteLabels);
        }
        else
        {
            foreach (var label in samples.DoubleLabels)
            {
                Put((byte)label);
            }
        }

        if (form.Weighted)
        {
            PutAll(samples.Weights);
        }
    }

    private void Put<T>(T value)
        where T : unmanaged
    {
        var target = _destination.Slice(Position, Unsafe.SizeOf<T>());
        MemoryMarshal.Write(target, in value);
        if (!BitConverter.IsLittleEndian)
        {
            target.Reverse();
        }

        Position += target.Length;
    }

    private void PutAll<T>(ReadOnlySpan<T> values)
        where T : unmanaged
    {
        if (BitConverter.IsLittleEndian)
        {
            var bytes = MemoryMarshal.AsBytes(values);
            bytes.CopyTo(_destination[Position..]);
            Position += bytes.Length;
            return;
        }

        foreach (var value in values)
        {
            Put(value);
        }
    }

    /// <summary>Writes a raw value (a length, a fingerprint) that is no parameter or field.</summary>
    public void Raw<T>(T value)
        where T : unmanaged => Put(value);

    /// <summary>Writes raw bytes (the name).</summary>
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_destination[Position..]);
        Position += bytes.Length;
    }
}
