using System.Collections;
using System.Globalization;
using System.Text;

namespace Metrics;

/// <summary>The rules configuration values follow: key spelling, enum spelling and structural equality.</summary>
public static class ConfigValues
{
    /// <summary>
    /// The snake_case spelling of a PascalCase name (<c>NumClasses</c> → <c>num_classes</c>, <c>ROCCurve</c> →
    /// <c>roc_curve</c>), as Keras spells its configuration keys and metric names.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>The snake_case spelling.</returns>
    public static string SnakeCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The configuration spelling of an enum member: its name in lowercase (<c>Macro</c> → <c>macro</c>).</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>The lowercase name, or the number for a value that names no member.</returns>
    public static string EnumName<T>(T value)
        where T : struct, Enum =>
        System.Enum.IsDefined(value)
            ? value.ToString().ToLowerInvariant()
            : Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether two configuration values are equal: numbers by value (whatever their CLR type), strings ordinally,
    /// arrays element by element.
    /// </summary>
    /// <param name="a">One value.</param>
    /// <param name="b">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool Equal(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a is IEnumerable left and not string && b is IEnumerable right and not string)
        {
            var l = left.GetEnumerator();
            var r = right.GetEnumerator();
            while (true)
            {
                var more = l.MoveNext();
                if (more != r.MoveNext())
                {
                    return false;
                }

                if (!more)
                {
                    return true;
                }

                if (!Equal(l.Current, r.Current))
                {
                    return false;
                }
            }
        }

        if (IsNumber(a) && IsNumber(b))
        {
            return a.GetType() == b.GetType()
                ? a.Equals(b)
                : Convert.ToDouble(a, CultureInfo.InvariantCulture).Equals(Convert.ToDouble(b, CultureInfo.InvariantCulture));
        }

        return a.Equals(b);
    }

    private static bool IsNumber(object value) =>
        value is int or long or float or double or short or byte or sbyte or ushort or uint or ulong or decimal;
}
