using System.Numerics;
using System.Runtime.CompilerServices;

namespace Metrics;

/// <summary>
/// Counts the bytes the parameters and the state take in the binary format, so that the writer asks its output for
/// one span of the exact size.
/// </summary>
internal struct SizeCounter : IMetricParameterWriter, IMetricStateWriter
{
    /// <summary>The bytes counted so far.</summary>
    public long Length { get; private set; }

    public void Number<T>(string name, T value)
        where T : unmanaged, INumber<T> => Length += Unsafe.SizeOf<T>();

    public void NullableNumber<T>(string name, T? value)
        where T : unmanaged, INumber<T> => Length += 1 + (value.HasValue ? Unsafe.SizeOf<T>() : 0);

    public void Flag(string name, bool value) => Length += 1;

    public void Choice<T>(string name, T value)
        where T : unmanaged, Enum => Length += Unsafe.SizeOf<T>();

    public void Array<T>(string name, ParameterArray<T> value)
        where T : unmanaged, INumber<T> => Length += 4 + ((long)value.Length * Unsafe.SizeOf<T>());

    public void Value<T>(string name, T value)
        where T : IConfigValue<T> => Length += ConfigValueCodec.Size(value.ToConfigValue());

    public void Real(string name, double value) => Length += sizeof(double);

    public void Whole(string name, long value) => Length += sizeof(long);

    public void Cells(string name, SumArray cells, int length) => Length += 4 + ((long)length * sizeof(double));

    public void Samples(string name, SampleBuffer samples) => Length += 9 + SampleForm.Of(samples).PayloadLength;
}
