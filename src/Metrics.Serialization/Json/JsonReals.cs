using System.Text.Json;

namespace Metrics;

/// <summary>Doubles in JSON state: shortest round-trip text, the non-finite values and negative zero written so that they read back exactly.</summary>
internal static class JsonReals
{
    public static void Write(Utf8JsonWriter writer, double value)
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
            writer.WriteRawValue("-0.0");
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }

    /// <summary>Reads a double written by <see cref="Write"/>; false when the value is neither a number nor one of the three strings.</summary>
    public static bool TryRead(JsonElement element, out double value)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                // Parsed from the text, as double.Parse does (exact for subnormals and negative zero).
                return double.TryParse(element.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
            case JsonValueKind.String:
                switch (element.GetString())
                {
                    case "NaN":
                        value = double.NaN;
                        return true;
                    case "Infinity":
                        value = double.PositiveInfinity;
                        return true;
                    case "-Infinity":
                        value = double.NegativeInfinity;
                        return true;
                }

                break;
        }

        value = 0;
        return false;
    }
}
