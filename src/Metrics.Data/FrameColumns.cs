using System;
using System.Numerics;
using Microsoft.Data.Analysis;

namespace Metrics.Data;

/// <summary>Reading ranges of <see cref="DataFrame"/> columns as <see cref="double"/>s, viewing their buffers where the type and the range allow.</summary>
internal static class FrameColumns
{
    public static bool IsNumeric(DataFrameColumn column) => column is PrimitiveDataFrameColumn<double> or PrimitiveDataFrameColumn<float>
        or PrimitiveDataFrameColumn<bool> || IsInteger(column);

    public static bool IsInteger(DataFrameColumn column) => column is PrimitiveDataFrameColumn<long> or PrimitiveDataFrameColumn<int>
        or PrimitiveDataFrameColumn<short> or PrimitiveDataFrameColumn<sbyte> or PrimitiveDataFrameColumn<ulong>
        or PrimitiveDataFrameColumn<uint> or PrimitiveDataFrameColumn<ushort> or PrimitiveDataFrameColumn<byte>;

    /// <summary>
    /// Rows [start, start + count) as doubles: a view of the column's own buffer when it holds doubles and the range
    /// lies in one buffer (and <paramref name="stride"/> is 1), else a copy into <paramref name="buffer"/>[i * stride + offset].
    /// </summary>
    public static ReadOnlySpan<double> Read(DataFrameColumn column, long start, int count, double[] buffer, int offset, int stride)
    {
        if (stride == 1 && column is PrimitiveDataFrameColumn<double> doubles && TryView(doubles, start, count, out var view))
        {
            return view;
        }

        switch (column)
        {
            case PrimitiveDataFrameColumn<double> c: Copy(c, start, count, buffer, offset, stride); break;
            case PrimitiveDataFrameColumn<float> c: Copy(c, start, count, buffer, offset, stride); break;
            case PrimitiveDataFrameColumn<long> c: Copy(c, start, count, buffer, offset, stride); break;
            case PrimitiveDataFrameColumn<int> c: Copy(c, start, count, buffer, offset, stride); break;
            case PrimitiveDataFrameColumn<short> c: Copy(c, start, count, buffer, offset, stride); break;
            case PrimitiveDataFrameColumn<sbyte> c: Copy(c, start, count, buffer, offset, stride); break;
            case PrimitiveDataFrameColumn<ulong> c: Copy(c, start, count, buffer, offset, stride); break;
            case PrimitiveDataFrameColumn<uint> c: Copy(c, start, count, buffer, offset, stride); break;
            case PrimitiveDataFrameColumn<ushort> c: Copy(c, start, count, buffer, offset, stride); break;
            case PrimitiveDataFrameColumn<byte> c: Copy(c, start, count, buffer, offset, stride); break;
            case PrimitiveDataFrameColumn<bool> c:
                for (var i = 0; i < count; i++)
                {
                    buffer[(i * stride) + offset] = c[start + i] == true ? 1 : 0;
                }

                break;
            default:
                throw new InvalidOperationException($"Column type {column.DataType} is not numeric.");
        }

        return buffer.AsSpan(0, count * stride);
    }

    /// <summary>Clears <paramref name="mask"/>[i] for each null among rows [start, start + count); whether there was one.</summary>
    public static bool MaskNulls(DataFrameColumn column, long start, int count, Span<bool> mask)
    {
        if (column.NullCount == 0)
        {
            return false;
        }

        var any = false;
        for (var i = 0; i < count; i++)
        {
            if (!column.IsValid(start + i))
            {
                mask[i] = false;
                any = true;
            }
        }

        return any;
    }

    private static bool TryView(PrimitiveDataFrameColumn<double> column, long start, int count, out ReadOnlySpan<double> view)
    {
        long bufferStart = 0;
        foreach (var memory in column.GetReadOnlyDataBuffers())
        {
            if (start < bufferStart + memory.Length)
            {
                var at = (int)(start - bufferStart);
                if (at + count <= memory.Length)
                {
                    view = memory.Span.Slice(at, count);
                    return true;
                }

                break;
            }

            bufferStart += memory.Length;
        }

        view = default;
        return false;
    }

    private static void Copy<T>(PrimitiveDataFrameColumn<T> column, long start, int count, double[] buffer, int offset, int stride)
        where T : unmanaged, INumberBase<T>
    {
        var written = 0;
        long bufferStart = 0;
        foreach (var memory in column.GetReadOnlyDataBuffers())
        {
            var bufferEnd = bufferStart + memory.Length;
            if (start + written < bufferEnd)
            {
                var at = (int)(start + written - bufferStart);
                var values = memory.Span.Slice(at, Math.Min(count - written, memory.Length - at));
                for (var i = 0; i < values.Length; i++)
                {
                    buffer[((written + i) * stride) + offset] = double.CreateTruncating(values[i]);
                }

                written += values.Length;
                if (written == count)
                {
                    return;
                }
            }

            bufferStart = bufferEnd;
        }
    }
}
