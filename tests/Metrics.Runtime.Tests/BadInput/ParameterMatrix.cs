using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace Metrics.Runtime.Tests.BadInput;

/// <summary>
/// The parameter rows of the matrix, derived from each metric's <see cref="ParameterAttribute"/> bounds: a value below
/// <c>Min</c> or above <c>Max</c>, NaN for real parameters, an undefined enum value, an out-of-range or (unless
/// <c>AllowEmpty</c>) empty list; plus huge sizes for the parameters that size a state (<c>NumClasses</c>,
/// <c>NumLabels</c>, <c>NumThresholds</c>).
/// </summary>
internal static class ParameterMatrix
{
    private static readonly string[] Sizes = ["NumClasses", "NumLabels", "NumThresholds"];

    /// <summary>The invalid parameter sets: case name, parameter, arguments.</summary>
    public static IEnumerable<(string Name, string Parameter, Dictionary<string, object?> Arguments)> Invalid(MatrixMetric metric)
    {
        foreach (var property in metric.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<ParameterAttribute>() is not { } bounds)
            {
                continue;
            }

            foreach (var value in BadValues(property.PropertyType, bounds))
            {
                var arguments = new Dictionary<string, object?>(metric.Arguments.Where(a => MatrixRunner.Normalize(a.Key) != MatrixRunner.Normalize(property.Name)))
                {
                    [property.Name] = value,
                };
                yield return ($"{property.Name} = {Show(value)}", property.Name, arguments);
            }
        }
    }

    /// <summary>Huge values of the parameters that size a state: case name, parameter, arguments.</summary>
    public static IEnumerable<(string Name, string Parameter, Dictionary<string, object?> Arguments)> Huge(MatrixMetric metric)
    {
        foreach (var property in metric.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<ParameterAttribute>() is null || !Sizes.Contains(property.Name))
            {
                continue;
            }

            // 50,000² cells overflow an int; a NumLabels or NumThresholds that large would fit and allocate for real.
            foreach (var value in property.Name == "NumClasses" ? new[] { int.MaxValue, 50_000 } : [int.MaxValue])
            {
                var arguments = new Dictionary<string, object?>(metric.Arguments.Where(a => MatrixRunner.Normalize(a.Key) != MatrixRunner.Normalize(property.Name)))
                {
                    [property.Name] = value,
                };
                yield return ($"{property.Name} = {value}", property.Name, arguments);
            }
        }
    }

    private static IEnumerable<object?> BadValues(Type type, ParameterAttribute bounds)
    {
        var scalar = Nullable.GetUnderlyingType(type) ?? type;
        if (scalar == typeof(int))
        {
            return IntBounds(bounds).Cast<object?>();
        }

        if (scalar == typeof(double))
        {
            return RealBounds(bounds).Cast<object?>();
        }

        if (scalar.IsEnum)
        {
            return [Enum.ToObject(scalar, 99)];
        }

        if (scalar == typeof(ParameterArray<double>))
        {
            return RealBounds(bounds).Select(v => (object?)new[] { 0.5, v }).Concat(bounds.AllowEmpty ? [] : [Array.Empty<double>()]);
        }

        if (scalar == typeof(ParameterArray<int>))
        {
            return IntBounds(bounds).Select(v => (object?)new[] { v }).Concat(bounds.AllowEmpty ? [] : [Array.Empty<int>()]);
        }

        return [];
    }

    private static IEnumerable<int> IntBounds(ParameterAttribute bounds)
    {
        if (!double.IsInfinity(bounds.Min))
        {
            yield return bounds.MinExclusive ? (int)bounds.Min : (int)bounds.Min - 1;
        }

        if (!double.IsInfinity(bounds.Max))
        {
            yield return bounds.MaxExclusive ? (int)bounds.Max : (int)bounds.Max + 1;
        }
    }

    private static IEnumerable<double> RealBounds(ParameterAttribute bounds)
    {
        yield return double.NaN;
        if (!double.IsInfinity(bounds.Min))
        {
            yield return bounds.MinExclusive ? bounds.Min : bounds.Min - 0.5;
        }

        if (!double.IsInfinity(bounds.Max))
        {
            yield return bounds.MaxExclusive ? bounds.Max : bounds.Max + 0.5;
        }
    }

    private static string Show(object? value) => value switch
    {
        double[] a => "[" + string.Join(", ", a.Select(d => d.ToString(CultureInfo.InvariantCulture))) + "]",
        int[] a => "[" + string.Join(", ", a) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "null",
    };
}
