using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Metrics.Kernels;

/// <summary>
/// Converts the <see cref="double"/> inputs of an untyped <see cref="MetricBatch"/> to a metric's element types,
/// in pooled buffers. Used by generated code; integer and boolean targets are validated, masked-out entries
/// (padding) are not.
/// </summary>
public static class BatchConversion
{
    /// <summary>Converts <paramref name="source"/> into a rented buffer and returns the converted span.</summary>
    /// <typeparam name="T"><see cref="float"/>, <see cref="int"/>, <see cref="long"/> or <see cref="bool"/>.</typeparam>
    /// <param name="source">The values.</param>
    /// <param name="rented">Receives the rented buffer; give it back with <see cref="Return{T}(T[])"/>.</param>
    /// <param name="argument">The argument name for error messages.</param>
    /// <param name="mask">The batch's mask.</param>
    /// <param name="hasMask">Whether the batch has a mask.</param>
    /// <param name="stride">How many values share one mask entry (the row length for per-row masks).</param>
    /// <exception cref="ArgumentException">An unmasked value is not a whole number (integers) or not 0 or 1 (booleans).</exception>
    public static ReadOnlySpan<T> Convert<T>(
        ReadOnlySpan<double> source, ref T[]? rented, string argument, ReadOnlySpan<bool> mask, bool hasMask, int stride)
    {
        rented = ArrayPool<T>.Shared.Rent(source.Length);
        var target = rented.AsSpan(0, source.Length);
        var i = typeof(T) == typeof(int) && !hasMask ? WholeInts(source, ((int[])(object)rented).AsSpan(0, source.Length)) : 0;
        for (; i < source.Length; i++)
        {
            var value = source[i];
            var masked = hasMask && stride > 0 && i / stride < mask.Length && !mask[i / stride];
            target[i] = masked ? default! : To<T>(value, argument, i);
        }

        return target;
    }

    /// <summary>Gives a buffer rented by <see cref="Convert{T}"/> back to the pool; null is ignored.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="rented">The buffer.</param>
    public static void Return<T>(T[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<T>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Converts whole numbers in int's range a vector at a time, up to the first vector holding anything else (a
    /// fraction, NaN, an infinity, a value out of range), which the element loop then converts or names; returns how
    /// many were converted. Labels are nearly always whole, so the check costs one pass instead of a branch per value.
    /// </summary>
    private static int WholeInts(ReadOnlySpan<double> source, Span<int> target)
    {
        if (!Vector.IsHardwareAccelerated)
        {
            return 0;
        }

        var width = Vector<double>.Count;
        var lowest = new Vector<double>(int.MinValue);
        var highest = new Vector<double>(int.MaxValue);
        ref var from = ref MemoryMarshal.GetReference(source);
        ref var to = ref MemoryMarshal.GetReference(target);
        var i = 0;
        for (; i <= source.Length - (2 * width); i += 2 * width)
        {
            var low = Vector.LoadUnsafe(ref from, (nuint)i);
            var high = Vector.LoadUnsafe(ref from, (nuint)(i + width));
            if (!IsWholeInt(low, lowest, highest) || !IsWholeInt(high, lowest, highest))
            {
                break;
            }

            Vector.Narrow(Vector.ConvertToInt64(low), Vector.ConvertToInt64(high)).StoreUnsafe(ref to, (nuint)i);
        }

        return i;
    }

    private static bool IsWholeInt(Vector<double> values, Vector<double> lowest, Vector<double> highest) =>
        Vector.EqualsAll(Vector.Floor(values), values)
        && Vector.GreaterThanOrEqualAll(values, lowest) && Vector.LessThanOrEqualAll(values, highest);

    private static T To<T>(double value, string argument, int index)
    {
        if (typeof(T) == typeof(float))
        {
            return (T)(object)(float)value;
        }

        if (typeof(T) == typeof(bool))
        {
            return value switch
            {
                0 => (T)(object)false,
                1 => (T)(object)true,
                _ => throw Invalid(argument, index, value, "0 or 1"),
            };
        }

        if (value != Math.Floor(value) || double.IsInfinity(value))
        {
            throw Invalid(argument, index, value, "a whole number");
        }

        if (typeof(T) == typeof(int))
        {
            return value is >= int.MinValue and <= int.MaxValue ? (T)(object)(int)value : throw Invalid(argument, index, value, "an int");
        }

        if (typeof(T) == typeof(long))
        {
            return value is >= long.MinValue and < 9.2233720368547758E18 ? (T)(object)(long)value : throw Invalid(argument, index, value, "a long");
        }

        throw new NotSupportedException($"No conversion from double to {typeof(T).Name}.");
    }

    private static ArgumentException Invalid(string argument, int index, double value, string expected) =>
        new($"{argument}[{index}] = {value.ToString("R", CultureInfo.InvariantCulture)} must be {expected}.", argument);
}
