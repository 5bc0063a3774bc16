using System.Globalization;

namespace Metrics;

/// <summary>Numeric parameter values: exact reading, whole-number and range checks.</summary>
public static partial class MetricArguments
{
    private static bool IsInteger(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
        || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte);

    private static bool IsNumber(Type type) =>
        IsInteger(type) || type == typeof(double) || type == typeof(float) || type == typeof(decimal);

    private static object ToNumber(Type type, object value, string key)
    {
        if (!TryReadNumber(value, out var approximate, out var whole))
        {
            throw Refused(value, key, type);
        }

        if (IsInteger(type))
        {
            if (whole is not { } exact)
            {
                throw double.IsFinite(approximate) && approximate == Math.Floor(approximate)
                    ? OutOfRange(value, key, type)
                    : new ArgumentException($"Parameter '{Echo(key)}' needs a whole number; got {Describe(value)}.", key);
            }

            var (min, max) = IntegerRange(type);
            return exact >= min && exact <= max
                ? System.Convert.ChangeType(exact, type, CultureInfo.InvariantCulture)
                : throw OutOfRange(value, key, type);
        }

        if (type == typeof(float))
        {
            var single = (float)approximate;
            return float.IsInfinity(single) && !double.IsInfinity(approximate) ? throw OutOfRange(value, key, type) : single;
        }

        if (type == typeof(decimal))
        {
            return value switch
            {
                decimal m => m,
                _ when whole is { } exact => exact,
                string text when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
                _ when double.IsFinite(approximate) && Math.Abs(approximate) < 7.9e28 => (decimal)approximate,
                _ => throw OutOfRange(value, key, type),
            };
        }

        return approximate;
    }

    // Reads a number (a numeric CLR value or an invariant-culture string): its double value and, when it is a whole
    // number of magnitude below 1e28, its exact value.
    private static bool TryReadNumber(object value, out double approximate, out decimal? whole)
    {
        whole = null;
        switch (value)
        {
            case sbyte or byte or short or ushort or int or uint or long or ulong:
                whole = System.Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                approximate = System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
                return true;
            case double or float:
                approximate = System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
                whole = Whole(approximate);
                return true;
            case decimal m:
                approximate = (double)m;
                whole = m == decimal.Truncate(m) ? m : null;
                return true;
            case string text:
                // Float: sign, decimal point and exponent; no group separators, so "0,5" and "1,000" are refused.
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
                {
                    approximate = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                    whole = exact == decimal.Truncate(exact) ? exact : null;
                    return true;
                }

                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out approximate))
                {
                    whole = Whole(approximate);
                    return true;
                }

                return false;
            default:
                approximate = double.NaN;
                return false;
        }
    }

    // The exact value of a whole double below 1e28 in magnitude (a decimal holds it); null otherwise.
    private static decimal? Whole(double number)
    {
        if (!double.IsFinite(number) || number != Math.Floor(number) || Math.Abs(number) >= 1e28)
        {
            return null;
        }

        // Below 2^63 a long holds the double exactly; the decimal conversion of a double keeps only 15 digits.
        return Math.Abs(number) < 9.2e18 ? (long)number : (decimal)number;
    }

    // A whole number given for an enum (its exact value), or null.
    private static decimal? WholeNumber(object value) =>
        value is not string && TryReadNumber(value, out _, out var whole) ? whole : null;

    private static (decimal Min, decimal Max) IntegerRange(Type type) => type switch
    {
        _ when type == typeof(sbyte) => (sbyte.MinValue, sbyte.MaxValue),
        _ when type == typeof(byte) => (byte.MinValue, byte.MaxValue),
        _ when type == typeof(short) => (short.MinValue, short.MaxValue),
        _ when type == typeof(ushort) => (ushort.MinValue, ushort.MaxValue),
        _ when type == typeof(int) => (int.MinValue, int.MaxValue),
        _ when type == typeof(uint) => (uint.MinValue, uint.MaxValue),
        _ when type == typeof(long) => (long.MinValue, long.MaxValue),
        _ => (ulong.MinValue, ulong.MaxValue),
    };

    private static ArgumentException OutOfRange(object value, string key, Type type)
    {
        var range = IsInteger(type)
            ? $" ([{IntegerRange(type).Min.ToString(CultureInfo.InvariantCulture)}, {IntegerRange(type).Max.ToString(CultureInfo.InvariantCulture)}])"
            : string.Empty;
        return new ArgumentException($"Parameter '{Echo(key)}' cannot be {Describe(value)}: it is outside the range of {type.Name}{range}.", key);
    }
}
