using System.Linq;
using System.Numerics;
using Microsoft.Data.Analysis;

namespace Metrics.Data;

/// <summary>
/// Reads ranges of one numeric <see cref="DataFrame"/> column as <see cref="double"/>s, with the column's buffers
/// listed once per read (so a chunk allocates nothing): a view of the column's own buffer when it holds doubles and
/// the range lies in one buffer, else a copy into the caller's buffer.
/// </summary>
internal abstract class FrameColumnReader
{
    protected FrameColumnReader(DataFrameColumn column) => Column = column;

    public DataFrameColumn Column { get; }

    public static bool IsNumeric(DataFrameColumn column) => column is PrimitiveDataFrameColumn<double> or PrimitiveDataFrameColumn<float>
        or PrimitiveDataFrameColumn<bool> || IsInteger(column);

    public static bool IsInteger(DataFrameColumn column) => column is PrimitiveDataFrameColumn<long> or PrimitiveDataFrameColumn<int>
        or PrimitiveDataFrameColumn<short> or PrimitiveDataFrameColumn<sbyte> or PrimitiveDataFrameColumn<ulong>
        or PrimitiveDataFrameColumn<uint> or PrimitiveDataFrameColumn<ushort> or PrimitiveDataFrameColumn<byte>;

    public static FrameColumnReader Create(DataFrameColumn column) => column switch
    {
        PrimitiveDataFrameColumn<double> c => new Numbers<double>(c),
        PrimitiveDataFrameColumn<float> c => new Numbers<float>(c),
        PrimitiveDataFrameColumn<long> c => new Numbers<long>(c),
        PrimitiveDataFrameColumn<int> c => new Numbers<int>(c),
        PrimitiveDataFrameColumn<short> c => new Numbers<short>(c),
        PrimitiveDataFrameColumn<sbyte> c => new Numbers<sbyte>(c),
        PrimitiveDataFrameColumn<ulong> c => new Numbers<ulong>(c),
        PrimitiveDataFrameColumn<uint> c => new Numbers<uint>(c),
        PrimitiveDataFrameColumn<ushort> c => new Numbers<ushort>(c),
        PrimitiveDataFrameColumn<byte> c => new Numbers<byte>(c),
        PrimitiveDataFrameColumn<bool> c => new Flags(c),
        _ => throw new InvalidOperationException($"Column type {column.DataType} is not numeric."),
    };

    /// <summary>Rows [start, start + count) as doubles: a view when possible (stride 1), else into <paramref name="buffer"/>[i * stride + offset].</summary>
    public abstract ReadOnlySpan<double> Read(long start, int count, double[] buffer, int offset, int stride);

    /// <summary>Clears <paramref name="mask"/>[i] for each null among rows [start, start + count); whether there was one.</summary>
    public bool MaskNulls(long start, int count, Span<bool> mask)
    {
        if (Column.NullCount == 0)
        {
            return false;
        }

        var any = false;
        for (var i = 0; i < count; i++)
        {
            if (!Column.IsValid(start + i))
            {
                mask[i] = false;
                any = true;
            }
        }

        return any;
    }

    private sealed class Numbers<T> : FrameColumnReader
        where T : unmanaged, INumberBase<T>
    {
        private readonly ReadOnlyMemory<T>[] _buffers;

        public Numbers(PrimitiveDataFrameColumn<T> column)
            : base(column) => _buffers = column.GetReadOnlyDataBuffers().ToArray();

        public override ReadOnlySpan<double> Read(long start, int count, double[] buffer, int offset, int stride)
        {
            var written = 0;
            long bufferStart = 0;
            foreach (var memory in _buffers)
            {
                var bufferEnd = bufferStart + memory.Length;
                if (start + written < bufferEnd)
                {
                    var at = (int)(start + written - bufferStart);
                    var values = memory.Span.Slice(at, Math.Min(count - written, memory.Length - at));
                    if (typeof(T) == typeof(double) && stride == 1 && values.Length == count)
                    {
                        return System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(values);
                    }

                    for (var i = 0; i < values.Length; i++)
                    {
                        buffer[((written + i) * stride) + offset] = double.CreateTruncating(values[i]);
                    }

                    written += values.Length;
                    if (written == count)
                    {
                        break;
                    }
                }

                bufferStart = bufferEnd;
            }

            return buffer.AsSpan(0, count * stride);
        }
    }

    private sealed class Flags(PrimitiveDataFrameColumn<bool> column) : FrameColumnReader(column)
    {
        public override ReadOnlySpan<double> Read(long start, int count, double[] buffer, int offset, int stride)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[(i * stride) + offset] = column[start + i] == true ? 1 : 0;
            }

            return buffer.AsSpan(0, count * stride);
        }
    }
}
