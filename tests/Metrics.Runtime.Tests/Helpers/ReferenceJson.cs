using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>
/// Reads the reference files of the Reference folder whose cases are JSON objects with a <c>name</c>, a registry
/// <c>metric</c> and its <c>params</c> (the parity, curve-parity and retrieval files), for the tests that take the
/// cases as they are.
/// </summary>
internal static class ReferenceJson
{
    /// <summary>The root object of a reference file.</summary>
    public static JsonObject Root(string fileName) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", fileName)))!.AsObject();

    /// <summary>The <c>cases</c> of the named files by their <c>name</c> (a name twice is an error).</summary>
    public static IReadOnlyDictionary<string, JsonObject> CasesByName(params IEnumerable<string> fileNames) =>
        fileNames
            .SelectMany(file => Root(file)["cases"]!.AsArray().Select(n => n!.AsObject()))
            .ToDictionary(c => c["name"]!.GetValue<string>(), StringComparer.Ordinal);

    /// <summary>An array of numbers (see <see cref="ReferenceData.Number"/>), or null when the key is absent.</summary>
    public static double[]? Numbers(JsonNode? node) => node is JsonArray array ? array.Select(ReferenceData.Number).ToArray() : null;

    /// <summary>The case's metric, created through the registry by its identifier and its numeric, boolean, string and number-list parameters.</summary>
    public static IMetricInstance CreateMetric(JsonObject c)
    {
        var arguments = new Dictionary<string, object?>();
        foreach (var (key, value) in c["params"]!.AsObject())
        {
            arguments[key] = value!.GetValueKind() switch
            {
                JsonValueKind.Number => value.GetValue<double>(),
                JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
                JsonValueKind.Array => value.AsArray().Select(x => x!.GetValue<double>()).ToArray(),
                _ => value.GetValue<string>(),
            };
        }

        return MetricRegistry.Create(c["metric"]!.GetValue<string>(), arguments);
    }
}
