using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Metrics;

/// <summary>
/// Named parameter values for creating a metric by name (the registry, configuration files): keys match a
/// parameter in any of its spellings (<c>ZeroDivision</c>, <c>zeroDivision</c>, <c>zero_division</c>), values are
/// converted to the parameter's type.
/// </summary>
public static class MetricArguments
{
    /// <summary>The spelling-independent form of a parameter or metric name: letters and digits, lower case.</summary>
    /// <param name="name">A name in PascalCase, camelCase, snake_case or kebab-case.</param>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Concat(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
    }

    /// <summary>
    /// Converts an argument to the parameter type <typeparamref name="T"/>: numbers of any numeric type (a
    /// fractional value for an integer parameter is refused), enums from their value or their name in any spelling,
    /// and strings holding an invariant-culture number.
    /// </summary>
    /// <typeparam name="T">The parameter type.</typeparam>
    /// <param name="value">The argument.</param>
    /// <param name="key">The argument's key, for the error message.</param>
    /// <exception cref="ArgumentException">The value cannot be converted.</exception>
    public static T Convert<T>(object? value, string key)
    {
        if (value is T typed)
        {
            return typed;
        }

        if (value is null && Nullable.GetUnderlyingType(typeof(T)) is not null)
        {
            return default!;
        }

        try
        {
            var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ParameterArray<>))
            {
                // A list parameter takes any sequence, or one value (Keras's thresholds=0.5 means [0.5]).
                var items = value is System.Collections.IEnumerable sequence and not string
                    ? sequence.Cast<object?>().ToArray()
                    : new[] { value };
                return (T)typeof(MetricArguments)
                    .GetMethod(nameof(ToParameterArray), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                    .MakeGenericMethod(type.GetGenericArguments()[0])
                    .Invoke(null, [items, key])!;
            }

            if (type.IsEnum)
            {
                return (T)ToEnum(type, value, key);
            }

            if (value is IConvertible convertible and not bool && value is not char)
            {
                var number = convertible.ToDouble(CultureInfo.InvariantCulture);
                if (IsInteger(type) && number != Math.Floor(number))
                {
                    throw new ArgumentException($"Parameter '{key}' needs a whole number; got {Describe(value)}.", key);
                }

                return (T)System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
            }
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is ArgumentException inner)
        {
            throw inner;
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new ArgumentException($"Parameter '{key}' cannot be {Describe(value)}: it needs a {typeof(T).Name}.", key, e);
        }

        throw new ArgumentException($"Parameter '{key}' cannot be {Describe(value)}: it needs a {typeof(T).Name}.", key);
    }

    /// <summary>The exception for a key that names no parameter of the metric, listing the parameters it has.</summary>
    /// <param name="metric">The metric's name.</param>
    /// <param name="key">The unknown key.</param>
    /// <param name="parameters">The metric's parameter names.</param>
    public static ArgumentException UnknownParameter(string metric, string key, params string[] parameters) =>
        new(
            parameters.Length == 0
                ? $"{metric} has no parameters; got '{key}'."
                : $"{metric} has no parameter '{key}'; its parameters are {string.Join(", ", parameters)}.",
            key);

    /// <summary>The exception for a required parameter that was not given.</summary>
    /// <param name="metric">The metric's name.</param>
    /// <param name="parameter">The missing parameter.</param>
    public static ArgumentException MissingParameter(string metric, string parameter) =>
        new($"{metric} needs the parameter '{parameter}'.", parameter);

    private static ParameterArray<TElement> ToParameterArray<TElement>(object?[] items, string key)
        where TElement : System.IEquatable<TElement> =>
        ParameterArray.Create<TElement>(items.Select((item, i) => Convert<TElement>(item, $"{key}[{i}]")).ToArray());

    private static object ToEnum(Type type, object? value, string key)
    {
        if (value is string name)
        {
            var wanted = Normalize(name);
            foreach (var candidate in Enum.GetNames(type))
            {
                if (Normalize(candidate) == wanted)
                {
                    return Enum.Parse(type, candidate);
                }
            }

            throw new ArgumentException(
                $"Parameter '{key}' cannot be \"{name}\": the values of {type.Name} are {string.Join(", ", Enum.GetNames(type))}.",
                key);
        }

        if (value is IConvertible convertible && value is not bool)
        {
            var number = convertible.ToInt64(CultureInfo.InvariantCulture);
            if (Enum.IsDefined(type, Enum.ToObject(type, number)))
            {
                return Enum.ToObject(type, number);
            }
        }

        throw new ArgumentException(
            $"Parameter '{key}' cannot be {Describe(value)}: the values of {type.Name} are {string.Join(", ", Enum.GetNames(type))}.",
            key);
    }

    private static bool IsInteger(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
        || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte);

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IFormattable f => $"{f.ToString(null, CultureInfo.InvariantCulture)} ({value.GetType().Name})",
        _ => $"a {value.GetType().Name}",
    };
}
