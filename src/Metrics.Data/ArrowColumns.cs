using System.Numerics;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace Metrics.Data;

/// <summary>Reading Arrow arrays of any numeric type as <see cref="double"/>s, and their validity bitmaps as a mask.</summary>
internal static class ArrowColumns
{
    public static bool IsNumeric(ArrowTypeId type) => type is ArrowTypeId.Double or ArrowTypeId.Float or ArrowTypeId.HalfFloat
        or ArrowTypeId.Boolean || IsInteger(type);

    public static bool IsInteger(ArrowTypeId type) => type is ArrowTypeId.Int8 or ArrowTypeId.Int16 or ArrowTypeId.Int32
        or ArrowTypeId.Int64 or ArrowTypeId.UInt8 or ArrowTypeId.UInt16 or ArrowTypeId.UInt32 or ArrowTypeId.UInt64;

    public static bool IsText(ArrowTypeId type) => type is ArrowTypeId.String or ArrowTypeId.LargeString or ArrowTypeId.StringView;

    /// <summary>Rows [start, start + count) as doubles into <paramref name="destination"/>[i * stride + offset].</summary>
    public static void Copy(IArrowArray array, int start, int count, Span<double> destination, int offset, int stride)
    {
        switch (array)
        {
            case DoubleArray a: Copy(a.Values, start, count, destination, offset, stride); break;
            case FloatArray a: Copy(a.Values, start, count, destination, offset, stride); break;
            case HalfFloatArray a: Copy(a.Values, start, count, destination, offset, stride); break;
            case Int8Array a: Copy(a.Values, start, count, destination, offset, stride); break;
            case Int16Array a: Copy(a.Values, start, count, destination, offset, stride); break;
            case Int32Array a: Copy(a.Values, start, count, destination, offset, stride); break;
            case Int64Array a: Copy(a.Values, start, count, destination, offset, stride); break;
            case UInt8Array a: Copy(a.Values, start, count, destination, offset, stride); break;
            case UInt16Array a: Copy(a.Values, start, count, destination, offset, stride); break;
            case UInt32Array a: Copy(a.Values, start, count, destination, offset, stride); break;
            case UInt64Array a: Copy(a.Values, start, count, destination, offset, stride); break;
            case BooleanArray a:
                for (var i = 0; i < count; i++)
                {
                    destination[(i * stride) + offset] = a.GetValue(start + i) == true ? 1 : 0;
                }

                break;
            default:
                throw new InvalidOperationException($"Arrow type {array.Data.DataType.TypeId} is not numeric.");
        }
    }

    /// <summary>Clears <paramref name="mask"/>[i] for each null among rows [start, start + count); whether there was one.</summary>
    public static bool MaskNulls(IArrowArray array, int start, int count, Span<bool> mask)
    {
        if (array.NullCount == 0)
        {
            return false;
        }

        var any = false;
        for (var i = 0; i < count; i++)
        {
            if (array.IsNull(start + i))
            {
                mask[i] = false;
                any = true;
            }
        }

        return any;
    }

    private static void Copy<T>(ReadOnlySpan<T> values, int start, int count, Span<double> destination, int offset, int stride)
        where T : struct, INumberBase<T>
    {
        var source = values.Slice(start, count);
        if (stride == 1 && typeof(T) == typeof(double))
        {
            System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(source).CopyTo(destination[offset..]);
            return;
        }

        for (var i = 0; i < source.Length; i++)
        {
            destination[(i * stride) + offset] = double.CreateTruncating(source[i]);
        }
    }
}
