using System.Reflection;
using System.Text.Json;

namespace Metrics.Cli.Reports;

/// <summary>
/// A metric value in full as JSON: numbers in their shortest round-trip form with NaN and the infinities as the strings
/// "NaN", "Infinity" and "-Infinity" (as in configurations), arrays, a matrix as an array of rows, and a record
/// (counts, statistics, a curve) as an object of its properties under snake_case names.
/// </summary>
internal static class JsonValue
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case double d:
                Number(writer, d);
                break;
            case float f:
                Number(writer, f);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case double[,] matrix:
                writer.WriteStartArray();
                for (var r = 0; r < matrix.GetLength(0); r++)
                {
                    writer.WriteStartArray();
                    for (var c = 0; c < matrix.GetLength(1); c++)
                    {
                        Number(writer, matrix[r, c]);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndArray();
                break;
            case Array array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStartObject();
                foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
                {
                    writer.WritePropertyName(MetricRegistry.SnakeCase(property.Name));
                    Write(writer, property.GetValue(value));
                }

                writer.WriteEndObject();
                break;
        }
    }

    private static void Number(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteStringValue(ValueText.Number(value));
        }
    }
}
