using System.IO;
using System.Text;
using System.Text.Json;

namespace Metrics;

/// <summary>
/// The state of a collection as JSON, for people and debugging: the same content as the binary format, readable and exact.
/// <code>
/// {
///   "config": { "metrics": [{ "name": "precision", "class_name": "Precision", "config": {...} }, ...] },
///   "states": [{ "class_name": "BinaryCounts", "config": {...}, "layout": "...", "state": {...} }, ...]
/// }
/// </code>
/// <c>config</c> is the collection's configuration as <see cref="CollectionConfig.ToJson"/> writes it; <c>states</c>
/// holds each state once, in the order of <see cref="MetricCollection.VisitStates{TVisitor}"/>, each as
/// <see cref="MetricStateJson"/> writes one metric.
/// </summary>
public static partial class MetricCollectionState
{
    private const string ConfigKey = "config";
    private const string StatesKey = "states";

    /// <summary>The collection's configuration and states as indented JSON.</summary>
    /// <param name="collection">The collection.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="NotSupportedException">A member's parameter has no configuration form.</exception>
    public static string ToJson(MetricCollection collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        var config = collection.GetConfig();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, MetricStateJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName(ConfigKey);
            config.WriteJson(writer);
            writer.WriteStartArray(StatesKey);
            var states = new JsonStateListWriter(writer);
            collection.VisitStates(ref states);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>
    /// Reads a collection written by <see cref="ToJson"/>: recreated from its configuration, then every state replaced
    /// by the stored one, bit-identical to the one written.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The collection.</returns>
    /// <exception cref="MetricStateException">The text is refused; <see cref="MetricStateException.Problem"/> says why.</exception>
    public static MetricCollection FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = MetricStateJson.Parse(() => JsonDocument.Parse(json));
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, $"A JSON collection state is an object {{\"config\", \"states\"}}, not a JSON {root.ValueKind.ToString().ToLowerInvariant()}.");
        }

        JsonElement? configElement = null, statesElement = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case ConfigKey when configElement is null:
                    configElement = property.Value;
                    break;
                case StatesKey when statesElement is null:
                    statesElement = property.Value;
                    break;
                default:
                    throw new MetricStateException(MetricStateProblem.Invalid, $"A JSON collection state has no property '{property.Name}' (or has it twice): it holds \"config\" and \"states\".");
            }
        }

        if (configElement is not { } configValue || statesElement is not { ValueKind: JsonValueKind.Array } statesValue)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, "A JSON collection state needs a \"config\" object and a \"states\" array.");
        }

        CollectionConfig config;
        try
        {
            config = CollectionConfig.FromJson(configValue);
        }
        catch (JsonException e)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, $"The stored collection configuration is invalid: {e.Message}", e);
        }

        var collection = Recreate(config);
        JsonElement[] states = [.. statesValue.EnumerateArray()];
        RequireCount(collection, states.Length);
        var replacer = new JsonStateReplacer(states);
        Apply(collection, ref replacer);
        return collection;
    }
}
