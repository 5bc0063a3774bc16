using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>One case of Reference/reference.json (see make_reference.py for the schema).</summary>
internal sealed record ReferenceCase(
    string Name,
    string Metric,
    JsonObject Params,
    string Shape,
    double[]? Labels,
    double[] Predictions,
    int? Columns,
    bool[]? Mask,
    double[]? Weights,
    JsonNode Expected)
{
    /// <summary>The number of elements (value, pair) or rows (row, rowpair) in the batch.</summary>
    public int Count => Shape switch
    {
        "value" or "pair" => Predictions.Length,
        "row" => Labels!.Length,
        "rowpair" => Predictions.Length / Columns!.Value,
        _ => throw new InvalidOperationException(Shape),
    };

    /// <summary>The labels as class indices; throws when one is not integral.</summary>
    public int[] IntLabels => Labels!.Select(l =>
        l == Math.Floor(l) ? (int)l : throw new InvalidOperationException($"{Name}: label {l} is not an integer")).ToArray();

    public override string ToString() => Name;
}

/// <summary>Loads reference.json once.</summary>
internal static class ReferenceData
{
    private static readonly Lazy<IReadOnlyDictionary<string, ReferenceCase>> Loaded = new(Load);

    public static IReadOnlyDictionary<string, ReferenceCase> Cases => Loaded.Value;

    public static ReferenceCase Get(string name) => Cases[name];

    /// <summary>Decodes a number of the file: JSON numbers, or the strings "NaN", "Infinity", "-Infinity".</summary>
    public static double Number(JsonNode? node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var value = node.AsValue();
        if (value.TryGetValue<string>(out var text))
        {
            return text switch
            {
                "NaN" => double.NaN,
                "Infinity" => double.PositiveInfinity,
                "-Infinity" => double.NegativeInfinity,
                _ => throw new FormatException($"Unexpected encoded number '{text}'."),
            };
        }

        return value.GetValue<double>();
    }

    private static IReadOnlyDictionary<string, ReferenceCase> Load() => LoadFile("reference.json");

    /// <summary>Loads the cases of one reference file of the Reference folder (same schema as reference.json).</summary>
    public static IReadOnlyDictionary<string, ReferenceCase> LoadFile(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reference", fileName);
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var result = new Dictionary<string, ReferenceCase>(StringComparer.Ordinal);
        foreach (var node in root["cases"]!.AsArray())
        {
            var c = node!.AsObject();
            var name = c["name"]!.GetValue<string>();
            result.Add(name, new ReferenceCase(
                name,
                c["metric"]!.GetValue<string>(),
                c["params"]!.AsObject(),
                c["shape"]!.GetValue<string>(),
                Numbers(c["labels"]),
                Numbers(c["predictions"]) ?? throw new InvalidDataException($"{name}: no predictions"),
                c["columns"] is JsonNode columns ? columns.GetValue<int>() : null,
                c["mask"] is JsonArray mask ? mask.Select(m => m!.GetValue<bool>()).ToArray() : null,
                Numbers(c["weights"]),
                c["expected"]!));
        }

        return result;
    }

    private static double[]? Numbers(JsonNode? node) =>
        node is JsonArray array ? array.Select(Number).ToArray() : null;

    /// <summary>A double parameter of a case, or the default when absent.</summary>
    public static double Param(this ReferenceCase c, string name, double fallback) =>
        c.Params[name] is JsonNode node ? Number(node) : fallback;

    /// <summary>A string parameter of a case, or null when absent.</summary>
    public static string? StringParam(this ReferenceCase c, string name) =>
        c.Params[name] is JsonNode node ? node.GetValue<string>() : null;

    /// <summary>The case's parameters, for messages.</summary>
    public static string Describe(this ReferenceCase c) =>
        string.Create(CultureInfo.InvariantCulture, $"{c.Name} ({c.Metric}, {c.Shape}, n = {c.Count}, params {c.Params.ToJsonString()})");
}
