using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Metrics.Benchmarks;

/// <summary>
/// The binary report of the data benchmarks, built from the registry as the CLI builds it from
/// <c>--metrics "binary_accuracy(threshold=0.5),precision(threshold=0.5),..."</c>: accuracy, precision, recall and F1
/// at <c>score &gt; threshold</c> (scikit-learn's decisions on <c>score &gt; 0.5</c>), exact ROC AUC and average
/// precision. The values travel as a JSON object keyed by the registry names, the form the Python baseline prints.
/// </summary>
public static class BinaryFileReport
{
    /// <summary>The registry names, in report order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["binary_accuracy", "precision", "recall", "f1_score", "roc_auc", "average_precision"];

    private static readonly HashSet<string> Thresholded = ["binary_accuracy", "precision", "recall", "f1_score"];

    /// <summary>A fresh collection of the six metrics; the four decisions at <c>score &gt; threshold</c>.</summary>
    /// <param name="threshold">The decision threshold (0.5 for probabilities, 0 for margins).</param>
    /// <returns>The collection.</returns>
    public static MetricCollection Create(double threshold)
    {
        var collection = new MetricCollection();
        foreach (var name in Names)
        {
            var arguments = Thresholded.Contains(name)
                ? new Dictionary<string, object?> { ["threshold"] = threshold }
                : new Dictionary<string, object?>();
            collection.Add(name, MetricRegistry.Create(name, arguments));
        }

        return collection;
    }

    /// <summary>The six values of an evaluated collection.</summary>
    /// <param name="collection">A collection made by <see cref="Create"/>.</param>
    /// <returns>The values by name.</returns>
    public static IReadOnlyDictionary<string, double> Values(MetricCollection collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return Names.ToDictionary(n => n, n => Convert.ToDouble(collection.Compute(n), CultureInfo.InvariantCulture));
    }

    /// <summary>The values as one JSON object (round-trip doubles).</summary>
    /// <param name="values">The values by name.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var json = new StringBuilder("{");
        json.AppendJoin(", ", Names.Select(n => $"\"{n}\": {values[n].ToString("R", CultureInfo.InvariantCulture)}"));
        return json.Append('}').ToString();
    }

    /// <summary>Reads a JSON object of the six values (this program's output, or the Python baseline's).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">What printed it, for the error message.</param>
    /// <returns>The values by name.</returns>
    /// <exception cref="FormatException">The text is not such an object, or a value is missing.</exception>
    public static IReadOnlyDictionary<string, double> FromJson(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            return Names.ToDictionary(
                n => n,
                n => document.RootElement.TryGetProperty(n, out var value)
                    ? value.GetDouble()
                    : throw new FormatException($"{source} printed no '{n}' in {json.Trim()}"));
        }
        catch (JsonException e)
        {
            throw new FormatException($"{source} did not print a JSON object of the six values: '{json.Trim()}'", e);
        }
    }
}
