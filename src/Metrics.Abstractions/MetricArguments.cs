using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Metrics;

/// <summary>
/// Named parameter values for creating a metric by name (the registry, configuration files): keys match a
/// parameter in any of its spellings (<c>ZeroDivision</c>, <c>zeroDivision</c>, <c>zero_division</c>), values are
/// converted to the parameter's type, strictly: nothing is guessed.
/// </summary>
/// <remarks>
/// <para>Conversion rules (<see cref="Convert{T}"/>), the same for CLR values and for the <see cref="JsonElement"/>
/// values of a parsed configuration file:</para>
/// <list type="bullet">
/// <item>Numbers: any numeric type, or a string holding an invariant-culture number (<c>"0.5"</c>, <c>"2.5e3"</c>;
/// <c>"0,5"</c> and <c>"1,000"</c> are refused, never read as 5 or 1000). A value outside the parameter type's range
/// is refused.</item>
/// <item>Integers: whole numbers only (<c>3</c>, <c>3.0</c>, <c>"3"</c>; <c>2.5</c> is refused).</item>
/// <item>Enums: a value of that enum type, its name in any spelling, or a whole number that is one of its values;
/// a value of another enum type is refused.</item>
/// <item>Bools: <see langword="true"/>/<see langword="false"/>, or the strings <c>"true"</c>/<c>"false"</c> (any case);
/// numbers are refused (0.5 or 2 are not bools).</item>
/// <item>Lists (<see cref="ParameterArray{T}"/>): any sequence (a JSON array), or one value meaning a list of one;
/// each element follows the rules of its type. A list that needs values refuses an empty one (<see cref="NonEmpty{T}"/>).</item>
/// <item>Null: only for nullable parameters. Strings: only from strings.</item>
/// </list>
/// </remarks>
public static partial class MetricArguments
{
    // What an error message echoes of a hostile key or value.
    private const int EchoLength = 64;

    /// <summary>The spelling-independent form of a parameter or metric name: letters and digits, lower case.</summary>
    /// <param name="name">A name in PascalCase, camelCase, snake_case or kebab-case.</param>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Checks the argument keys before any is read: two keys that are spellings of one name (<c>from_logits</c> and
    /// <c>fromLogits</c>) are refused, naming both, rather than letting one silently win.
    /// </summary>
    /// <param name="metric">The metric's name, for the message.</param>
    /// <param name="arguments">The parameter values by name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arguments"/> or one of its keys is null.</exception>
    /// <exception cref="ArgumentException">Two keys name the same parameter.</exception>
    public static void ThrowIfKeyRepeated(string metric, IReadOnlyDictionary<string, object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Count < 2)
        {
            return;
        }

        var seen = new Dictionary<string, string>(arguments.Count, StringComparer.Ordinal);
        foreach (var key in arguments.Keys)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(arguments));
            var normalized = Normalize(key);
            if (seen.TryGetValue(normalized, out var first))
            {
                throw new ArgumentException(
                    $"{metric} got one parameter twice, as '{Echo(first)}' and as '{Echo(key)}'; give it once.",
                    key);
            }

            seen.Add(normalized, key);
        }
    }

    /// <summary>
    /// Converts an argument to the parameter type <typeparamref name="T"/> by the rules of <see cref="MetricArguments"/>:
    /// numbers of any numeric type or invariant-culture strings (whole numbers for integers), enums from a value of
    /// their type, a name in any spelling or a whole number, bools from bools or <c>"true"</c>/<c>"false"</c>, lists
    /// from sequences or one value, and <see cref="JsonElement"/> values alike.
    /// </summary>
    /// <typeparam name="T">The parameter type.</typeparam>
    /// <param name="value">The argument.</param>
    /// <param name="key">The argument's key, for the error message.</param>
    /// <exception cref="ArgumentException">The value cannot be converted exactly (the message names the key and the value).</exception>
    public static T Convert<T>(object? value, string key)
    {
        if (value is JsonElement json)
        {
            value = FromJson(json, key);
        }

        if (value is T typed)
        {
            return typed;
        }

        var underlying = Nullable.GetUnderlyingType(typeof(T));
        if (value is null)
        {
            // A configuration value type has its own form of null (CurveThresholds: no explicit thresholds).
            return underlying is not null
                ? default!
                : typeof(T).GetInterfaces().Contains(typeof(IConfigValue<>).MakeGenericType(typeof(T)))
                ? (T)ToConfigValue(typeof(T), null, key)
                : throw new ArgumentException($"Parameter '{Echo(key)}' cannot be null: it needs {Needs(typeof(T))}.", key);
        }

        var type = underlying ?? typeof(T);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ParameterArray<>))
        {
            return (T)ToParameterArray(type.GetGenericArguments()[0], value, key);
        }

        if (type.IsEnum)
        {
            return (T)ToEnum(type, value, key);
        }

        if (type == typeof(bool))
        {
            return (T)(object)ToBool(value, key);
        }

        if (IsNumber(type))
        {
            return (T)ToNumber(type, value, key);
        }

        if (type.GetInterfaces().Contains(typeof(IConfigValue<>).MakeGenericType(type)))
        {
            return (T)ToConfigValue(type, value, key);
        }

        throw Refused(value, key, typeof(T));
    }

    /// <summary>Returns a list parameter's value, refusing an empty list where the parameter needs values.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="list">The converted list.</param>
    /// <param name="key">The argument's key, for the error message.</param>
    /// <exception cref="ArgumentException">The list is empty.</exception>
    public static ParameterArray<T> NonEmpty<T>(ParameterArray<T> list, string key)
        where T : IEquatable<T> =>
        list.Length != 0
            ? list
            : throw new ArgumentException($"Parameter '{Echo(key)}' cannot be an empty list: it needs at least one value.", key);

    /// <summary>The exception for a key that names no parameter of the metric, listing the parameters it has.</summary>
    /// <param name="metric">The metric's name.</param>
    /// <param name="key">The unknown key.</param>
    /// <param name="parameters">The metric's parameter names.</param>
    public static ArgumentException UnknownParameter(string metric, string key, params string[] parameters) =>
        new(
            parameters.Length == 0
                ? $"{metric} has no parameters; got '{Echo(key)}'."
                : $"{metric} has no parameter '{Echo(key)}'; its parameters are {string.Join(", ", parameters)}.",
            key);

    /// <summary>The exception for a required parameter that was not given.</summary>
    /// <param name="metric">The metric's name.</param>
    /// <param name="parameter">The missing parameter.</param>
    public static ArgumentException MissingParameter(string metric, string parameter) =>
        new($"{metric} needs the parameter '{parameter}'.", parameter);

    private static object ToParameterArray(Type element, object value, string key)
    {
        // A list parameter takes any sequence, or one value (Keras's thresholds=0.5 means [0.5]).
        var items = value is System.Collections.IEnumerable sequence and not string
            ? sequence.Cast<object?>().ToArray()
            : [value];
        try
        {
            return typeof(MetricArguments)
                .GetMethod(nameof(ToParameterArrayOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(element)
                .Invoke(null, [items, key])!;
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is ArgumentException inner)
        {
            throw inner;
        }
    }

    private static ParameterArray<TElement> ToParameterArrayOf<TElement>(object?[] items, string key)
        where TElement : IEquatable<TElement>
    {
        var values = new TElement[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            values[i] = Convert<TElement>(items[i], $"{key}[{i}]");
        }

        return ParameterArray.Create<TElement>(values);
    }

    // A type that converts itself (IConfigValue<T>) gets plain values: JSON elements become numbers, strings and arrays.
    private static object ToConfigValue(Type type, object? value, string key)
    {
        try
        {
            return typeof(MetricArguments)
                .GetMethod(nameof(ToConfigValueOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(type)
                .Invoke(null, [Plain(value, key), key])!;
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is ArgumentException inner)
        {
            throw inner;
        }
    }

    private static TValue ToConfigValueOf<TValue>(object? value, string key)
        where TValue : IConfigValue<TValue> => TValue.FromConfigValue(value, key);

    private static object? Plain(object? value, string key) => value switch
    {
        JsonElement json => Plain(FromJson(json, key), key),
        object?[] items => items.Select((item, i) => Plain(item, $"{key}[{i}]")).ToArray(),
        _ => value,
    };

    private static object ToEnum(Type type, object value, string key)
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
        }
        else if (!value.GetType().IsEnum && WholeNumber(value) is { } number)
        {
            foreach (var member in Enum.GetValues(type))
            {
                if (System.Convert.ToDecimal(member, CultureInfo.InvariantCulture) == number)
                {
                    return member;
                }
            }
        }

        throw new ArgumentException(
            $"Parameter '{Echo(key)}' cannot be {Describe(value)}: the values of {type.Name} are {string.Join(", ", Enum.GetNames(type))}.",
            key);
    }

    private static bool ToBool(object value, string key)
    {
        if (value is string text)
        {
            if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        throw Refused(value, key, typeof(bool));
    }

    private static ArgumentException Refused(object? value, string key, Type type) =>
        new($"Parameter '{Echo(key)}' cannot be {Describe(value)}: it needs {Needs(type)}.", key);

    private static string Needs(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var name = underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(ParameterArray<>)
            ? $"a list of {underlying.GetGenericArguments()[0].Name}"
            : underlying == typeof(bool) ? "a Boolean (true or false)"
            : IsInteger(underlying) ? $"a whole number ({underlying.Name})"
            : IsNumber(underlying) ? $"an invariant-culture number ({underlying.Name})"
            : $"a {underlying.Name}";
        return underlying == type ? name : name + " or null";
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{Echo(s)}\"",
        IFormattable f => $"{Echo(f.ToString(null, CultureInfo.InvariantCulture))} ({value.GetType().Name})",
        System.Collections.IEnumerable => $"a list ({value.GetType().Name})",
        _ => $"a {value.GetType().Name}",
    };

    // The first characters of a text given by the caller, with its length when cut.
    internal static string Echo(string text) =>
        text.Length <= EchoLength ? text : $"{text[..EchoLength]}… ({text.Length} characters)";
}
