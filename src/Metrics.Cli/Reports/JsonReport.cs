using System.Text.Json;

namespace Metrics.Cli.Reports;

/// <summary>
/// The machine-readable report: the command, the columns, the collection configuration (what <c>--config</c> takes),
/// each file or state file, each group and the total with its rows read and every value in full.
/// </summary>
internal static class JsonReport
{
    public static void Write(string path, Report report)
    {
        using var file = File.Create(path);
        using var writer = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true });
        Write(writer, report);
    }

    public static void Write(Utf8JsonWriter writer, Report report)
    {
        writer.WriteStartObject();
        writer.WriteString("command", report.Command);
        if (report.Mapping is { } mapping)
        {
            writer.WriteStartObject("columns");
            writer.WriteString("labels", mapping.Labels);
            writer.WriteStartArray("predictions");
            foreach (var p in mapping.Predictions)
            {
                writer.WriteStringValue(p);
            }

            writer.WriteEndArray();
            writer.WriteString("mask", mapping.Mask);
            writer.WriteString("weights", mapping.Weights);
            writer.WriteString("group_by", mapping.Group);
            writer.WriteEndObject();
        }

        writer.WritePropertyName("config");
        report.Config.WriteJson(writer);
        writer.WriteStartArray(report.Command == "merge" ? "states" : "files");
        foreach (var part in report.Parts)
        {
            Entry(writer, part, "path");
        }

        writer.WriteEndArray();
        if (report.Mapping?.Group is not null)
        {
            writer.WriteStartArray("groups");
            foreach (var group in report.Groups)
            {
                Entry(writer, group, "key");
            }

            writer.WriteEndArray();
        }

        writer.WritePropertyName("total");
        Entry(writer, report.Total, null);
        writer.WriteEndObject();
    }

    private static void Entry(Utf8JsonWriter writer, ReportEntry entry, string? labelName)
    {
        writer.WriteStartObject();
        if (labelName is not null)
        {
            writer.WriteString(labelName, entry.Label);
        }

        if (entry.Rows is { } rows)
        {
            writer.WriteNumber("rows", rows);
        }

        writer.WriteStartObject("values");
        foreach (var (name, value) in entry.Values)
        {
            writer.WritePropertyName(name);
            JsonValue.Write(writer, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
