using System.Globalization;
using System.Reflection;

namespace Metrics.Cli.Reports;

/// <summary>
/// A metric value as a short cell of a table: numbers to 6 significant digits, and non-scalar values (threshold
/// arrays, a confusion matrix, a curve, counts) summarised; the JSON report has them in full.
/// </summary>
internal static class ValueText
{
    private const int ArrayPreview = 3;

    public static string Format(object value) => value switch
    {
        double d => Number(d),
        float f => Number(f),
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double[] array => Array(array),
        double[,] matrix => $"{matrix.GetLength(0)}×{matrix.GetLength(1)} matrix (see JSON)",
        ConfusionCounts c => $"TP {Number(c.TruePositives)}, FP {Number(c.FalsePositives)}, TN {Number(c.TrueNegatives)}, FN {Number(c.FalseNegatives)}",
        _ => Record(value),
    };

    public static string Number(double value) => value switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => value.ToString("G6", CultureInfo.InvariantCulture),
    };

    private static string Array(double[] values)
    {
        var shown = string.Join(", ", values.Take(ArrayPreview).Select(Number));
        return values.Length <= ArrayPreview ? $"[{shown}]" : $"[{shown}, …] ({values.Length})";
    }

    // A record of numbers (ConfusionCounts, Statistics) reads as "name value, ..."; one of arrays (a curve) by its length.
    private static string Record(object value)
    {
        var properties = value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();
        if (properties.All(p => p.PropertyType == typeof(double) || p.PropertyType == typeof(long) || p.PropertyType == typeof(int)))
        {
            return string.Join(", ", properties.Select(p => $"{p.Name} {Format(p.GetValue(value)!)}"));
        }

        if (properties.FirstOrDefault(p => p.PropertyType == typeof(double[])) is { } array)
        {
            return $"{((double[])array.GetValue(value)!).Length} points (see JSON)";
        }

        return $"{value.GetType().Name} (see JSON)";
    }
}
