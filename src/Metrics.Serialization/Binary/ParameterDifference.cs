using System.Collections.Generic;
using System.Linq;

namespace Metrics;

/// <summary>Names the parameters in which two metrics of one type differ, for a refusal message.</summary>
internal static class ParameterDifference
{
    /// <summary>A sentence naming each parameter whose value differs, with both values.</summary>
    public static string Describe<TMetric>(in TMetric expected, in TMetric stored)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        MetricConfig mine;
        MetricConfig theirs;
        try
        {
            mine = MetricConfig.Of(expected);
            theirs = MetricConfig.Of(stored);
        }
        catch (NotSupportedException)
        {
            return $"The bytes hold a state of {TMetric.MetricName} with other parameters than those of the metric reading it.";
        }

        var storedValues = theirs.Parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var differences = new List<string>();
        foreach (var (key, value) in mine.Parameters)
        {
            var other = storedValues.GetValueOrDefault(key);
            if (!ConfigValues.Equal(value, other))
            {
                differences.Add($"{key}: {Show(other)} in the bytes, {Show(value)} here");
            }
        }

        return $"The bytes hold a state of {TMetric.MetricName} with other parameters ({string.Join("; ", differences)}).";
    }

    /// <summary>A parameter value as a refusal message shows it.</summary>
    internal static string Show(object? value) => value switch
    {
        null => "null",
        string text => $"'{text}'",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable items => $"[{string.Join(", ", items.Cast<object?>().Select(Show))}]",
        _ => value.ToString() ?? string.Empty,
    };
}
