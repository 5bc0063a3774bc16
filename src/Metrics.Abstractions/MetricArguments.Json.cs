using System.Text.Json;

namespace Metrics;

/// <summary>Parameter values read from a JSON configuration file (<see cref="JsonElement"/>s).</summary>
public static partial class MetricArguments
{
    // The CLR value a JSON value stands for, so that it follows the same rules as one given in code: integers as
    // long (or ulong), other numbers as the double the JSON text rounds to, arrays as their elements (converted one by one).
    private static object? FromJson(JsonElement json, string key)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                return json.GetString();
            case JsonValueKind.Number:
                if (json.TryGetInt64(out var integer))
                {
                    return integer;
                }

                if (json.TryGetUInt64(out var unsigned))
                {
                    return unsigned;
                }

                if (json.TryGetDouble(out var number) && double.IsFinite(number))
                {
                    return number;
                }

                throw new ArgumentException(
                    $"Parameter '{Echo(key)}' cannot be the JSON number {Echo(json.GetRawText())}: it is outside the range of Double.", key);
            case JsonValueKind.Array:
                var items = new object?[json.GetArrayLength()];
                var i = 0;
                foreach (var item in json.EnumerateArray())
                {
                    items[i++] = item;
                }

                return items;
            default:
                throw new ArgumentException(
                    $"Parameter '{Echo(key)}' cannot be a JSON {json.ValueKind.ToString().ToLowerInvariant()}: it needs a number, a string, a bool, an array or null.", key);
        }
    }
}
