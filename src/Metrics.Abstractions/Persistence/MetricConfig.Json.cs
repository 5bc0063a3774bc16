using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Metrics;

/// <summary>The JSON form of a configuration, in Keras' shape: <c>{"class_name": "ConfusionMatrix", "config": {"num_classes": 3}}</c>.</summary>
public sealed partial class MetricConfig
{
    /// <summary>
    /// The configuration as indented JSON, <c>{"class_name": ..., "config": {...}}</c>: parameters in order, numbers
    /// in their shortest round-trip form, NaN and infinities as the strings <c>"NaN"</c>, <c>"Infinity"</c> and
    /// <c>"-Infinity"</c>. Equal configurations give the same text.
    /// </summary>
    /// <returns>The JSON text.</returns>
    /// <exception cref="NotSupportedException">A parameter value is not JSON-compatible.</exception>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ConfigJson.WriterOptions))
        {
            WriteJson(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the configuration as a JSON object, <c>{"class_name": ..., "config": {...}}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <exception cref="NotSupportedException">A parameter value is not JSON-compatible.</exception>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteJsonProperties(writer);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the <c>class_name</c> and <c>config</c> properties into the object <paramref name="writer"/> is writing,
    /// for documents that hold a configuration among other properties (a collection's members).
    /// </summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <exception cref="NotSupportedException">A parameter value is not JSON-compatible.</exception>
    public void WriteJsonProperties(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString(ConfigJson.ClassName, Name);
        writer.WriteStartObject(ConfigJson.Config);
        foreach (var (key, value) in _parameters)
        {
            writer.WritePropertyName(key);
            ConfigJson.WriteValue(writer, value, key);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads a configuration from JSON text, <c>{"class_name": ..., "config": {...}}</c>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The configuration: numbers as <see cref="long"/> or <see cref="double"/>, arrays as <c>object?[]</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not JSON, or not a configuration (the message says where and why).</exception>
    public static MetricConfig FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = ConfigJson.Parse(json);
        return FromJson(document.RootElement);
    }

    /// <summary>Reads a configuration from UTF-8 JSON, <c>{"class_name": ..., "config": {...}}</c>.</summary>
    /// <param name="utf8">The UTF-8 JSON text.</param>
    /// <returns>The configuration: numbers as <see cref="long"/> or <see cref="double"/>, arrays as <c>object?[]</c>.</returns>
    /// <exception cref="JsonException">The text is not JSON, or not a configuration (the message says where and why).</exception>
    public static MetricConfig FromJson(ReadOnlySpan<byte> utf8)
    {
        // A string of invalid UTF-8 would otherwise surface later, as an InvalidOperationException from GetString.
        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            throw new JsonException($"{ConfigJson.NotAConfig} the text is not valid UTF-8.");
        }

        using var document = ConfigJson.Parse(utf8.ToArray().AsMemory());
        return FromJson(document.RootElement);
    }

    /// <summary>Reads a configuration from a JSON object, <c>{"class_name": ..., "config": {...}}</c>.</summary>
    /// <param name="json">The JSON object.</param>
    /// <returns>The configuration: numbers as <see cref="long"/> or <see cref="double"/>, arrays as <c>object?[]</c>.</returns>
    /// <exception cref="JsonException">The value is not a configuration (the message says why).</exception>
    public static MetricConfig FromJson(JsonElement json)
    {
        MetricConfigDocument? document;
        try
        {
            document = json.Deserialize(MetricConfigJsonContext.Default.MetricConfigDocument);
        }
        catch (JsonException e)
        {
            throw new JsonException($"{ConfigJson.NotAConfig} {ConfigJson.Reason(e)}", e.Path, e.LineNumber, e.BytePositionInLine, e);
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException($"{ConfigJson.NotAConfig} {e.Message}", e);
        }

        if (document is null)
        {
            throw new JsonException($"{ConfigJson.NotAConfig} The JSON value is null.");
        }

        return FromJson(document.ClassName, document.Config);
    }

    /// <summary>
    /// A configuration from a metric's name and the JSON object of its parameters, as documents that hold
    /// configurations among other properties (a collection's members) store them.
    /// </summary>
    /// <param name="className">The metric's registry name.</param>
    /// <param name="config">The parameters, a JSON object; null or undefined for the defaults.</param>
    /// <returns>The configuration: numbers as <see cref="long"/> or <see cref="double"/>, arrays as <c>object?[]</c>.</returns>
    /// <exception cref="JsonException">The name is empty or the parameters are not an object of JSON-compatible values.</exception>
    public static MetricConfig FromJson(string? className, JsonElement? config)
    {
        if (string.IsNullOrEmpty(className))
        {
            throw new JsonException($"{ConfigJson.NotAConfig} \"class_name\" must be a non-empty string naming the metric.");
        }

        return new MetricConfig(className, ConfigJson.ReadParameters(config, className));
    }
}
