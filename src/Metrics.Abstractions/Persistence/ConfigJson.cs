using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Metrics;

/// <summary>How configuration values are written as JSON and read back.</summary>
internal static class ConfigJson
{
    public const string ClassName = "class_name";
    public const string Config = "config";
    public const string NotAConfig = "Not a metric configuration ({\"class_name\": \"...\", \"config\": {...}}):";

    // Indented with "\n" on every platform, and without escaping what needs none in a file, so that the text is
    // stable and diffable.
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false };

    /// <summary>Parses JSON text, refusing duplicate properties; invalid text is a <see cref="JsonException"/> saying so.</summary>
    public static JsonDocument Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw Invalid(e);
        }
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            return JsonDocument.Parse(utf8, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw Invalid(e);
        }
    }

    /// <summary>The message of a serializer exception, without the serializer's internal type names.</summary>
    public static string Reason(JsonException e) =>
        (e.Message ?? string.Empty).Replace("Metrics.MetricConfigDocument", "the configuration", StringComparison.Ordinal);

    /// <summary>Writes one value: null, a Boolean, a string, a number (non-finite ones as strings) or an array of those.</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value, string key)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case double number:
                WriteReal(writer, number, float.NaN, isSingle: false);
                break;
            case float number:
                WriteReal(writer, number, number, isSingle: true);
                break;
            case sbyte or byte or short or ushort or int or uint or long:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item, key);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException(
                    $"Parameter '{key}' holds a {value.GetType().FullName}, which has no JSON form: configuration values are null, Booleans, numbers, strings or arrays of those.");
        }
    }

    /// <summary>Reads the parameters object, in document order; null or undefined for no parameters.</summary>
    public static List<KeyValuePair<string, object?>> ReadParameters(JsonElement? config, string className)
    {
        var parameters = new List<KeyValuePair<string, object?>>();
        if (config is not { ValueKind: not JsonValueKind.Undefined and not JsonValueKind.Null } element)
        {
            return parameters;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException(
                $"{NotAConfig} \"config\" of '{className}' must be an object of parameter values; it is a JSON {Kind(element)}.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                throw new JsonException($"{NotAConfig} parameter '{property.Name}' of '{className}' is given twice.");
            }

            parameters.Add(new(property.Name, ReadValue(property.Value, property.Name)));
        }

        return parameters;
    }

    // A JSON value as a configuration value: integers (written without a point or exponent) as long, other numbers
    // as double, arrays as object?[]. Strings stay strings ("NaN" and "Infinity" included: parameter conversion reads
    // them as numbers where a number is expected, and as names where an enum is).
    private static object? ReadValue(JsonElement value, string key)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Number:
                var text = value.GetRawText();
                if (text.AsSpan().IndexOfAny('.', 'e', 'E') < 0 && value.TryGetInt64(out var whole))
                {
                    return whole;
                }

                if (value.TryGetDouble(out var real) && double.IsFinite(real))
                {
                    return real;
                }

                throw new JsonException($"Parameter '{key}' cannot be the JSON number {text}: it is outside the range of Double.");
            case JsonValueKind.Array:
                var items = new object?[value.GetArrayLength()];
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    items[i++] = ReadValue(item, key);
                }

                return items;
            default:
                throw new JsonException(
                    $"Parameter '{key}' cannot be a JSON {Kind(value)}: configuration values are null, Booleans, numbers, strings or arrays of those.");
        }
    }

    private static string Kind(JsonElement value) => value.ValueKind.ToString().ToLowerInvariant();

    private static void WriteReal(Utf8JsonWriter writer, double value, float single, bool isSingle)
    {
        if (double.IsNaN(value))
        {
            writer.WriteStringValue("NaN");
        }
        else if (double.IsPositiveInfinity(value))
        {
            writer.WriteStringValue("Infinity");
        }
        else if (double.IsNegativeInfinity(value))
        {
            writer.WriteStringValue("-Infinity");
        }
        else if (value == 0 && double.IsNegative(value))
        {
            // "-0" would read back as the integer 0.
            writer.WriteRawValue("-0.0");
        }
        else if (isSingle)
        {
            writer.WriteNumberValue(single);
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }

    private static JsonException Invalid(JsonException e) =>
        new($"The configuration is not valid JSON: {e.Message}", e.Path, e.LineNumber, e.BytePositionInLine, e);
}
