using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>One case of Reference/regression.json (see make_reference_regression.py for the schema).</summary>
internal sealed record RegressionCase(
    string Name,
    string Metric,
    JsonObject Params,
    string Shape,
    double[] Labels,
    double[]? Predictions,
    int? Columns,
    bool[]? Mask,
    double[]? Weights,
    double[]? Queries,
    double[]? Keys,
    int[]? Indices,
    int? Features,
    JsonNode Expected)
{
    public int IntParam(string name, int fallback) => Params[name] is JsonNode node ? node.GetValue<int>() : fallback;

    public double DoubleParam(string name, double fallback) => Params[name] is JsonNode node ? ReferenceData.Number(node) : fallback;

    public override string ToString() => Name;

    /// <summary>A row-major array as <c>[rows, columns]</c>.</summary>
    public static T[,] Rows<T>(T[] flat, int columns)
    {
        var rows = flat.Length / columns;
        var result = new T[rows, columns];
        for (var i = 0; i < flat.Length; i++)
        {
            result[i / columns, i % columns] = flat[i];
        }

        return result;
    }
}

/// <summary>Loads regression.json once.</summary>
internal static class RegressionReference
{
    private static readonly Lazy<IReadOnlyDictionary<string, RegressionCase>> Loaded = new(Load);

    public static IReadOnlyDictionary<string, RegressionCase> Cases => Loaded.Value;

    public static RegressionCase Get(string name) => Cases[name];

    private static IReadOnlyDictionary<string, RegressionCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reference", "regression.json");
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var result = new Dictionary<string, RegressionCase>(StringComparer.Ordinal);
        foreach (var node in root["cases"]!.AsArray())
        {
            var c = node!.AsObject();
            var name = c["name"]!.GetValue<string>();
            result.Add(name, new RegressionCase(
                name,
                c["metric"]!.GetValue<string>(),
                c["params"]!.AsObject(),
                c["shape"]!.GetValue<string>(),
                Numbers(c["labels"]) ?? throw new InvalidDataException($"{name}: no labels"),
                Numbers(c["predictions"]),
                c["columns"] is JsonNode columns ? columns.GetValue<int>() : null,
                c["mask"] is JsonArray mask ? mask.Select(m => m!.GetValue<bool>()).ToArray() : null,
                Numbers(c["weights"]),
                Numbers(c["queries"]),
                Numbers(c["keys"]),
                c["indices"] is JsonArray indices ? indices.Select(i => i!.GetValue<int>()).ToArray() : null,
                c["features"] is JsonNode features ? features.GetValue<int>() : null,
                c["expected"]!));
        }

        return result;
    }

    private static double[]? Numbers(JsonNode? node) =>
        node is JsonArray array ? array.Select(ReferenceData.Number).ToArray() : null;
}
