using System.Text.Json;

namespace Metrics.Cli.Tests;

/// <summary>Reads what the tests need from a JSON report.</summary>
internal static class JsonReports
{
    public static JsonElement Load(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement;

    /// <summary>The scalar values of an entry ("total", or an element of "files"/"groups"/"states").</summary>
    public static Dictionary<string, double> Values(JsonElement entry) =>
        entry.GetProperty("values").EnumerateObject()
            .Where(p => p.Value.ValueKind is JsonValueKind.Number or JsonValueKind.String)
            .ToDictionary(p => p.Name, p => SampleData.Number(p.Value));
}
