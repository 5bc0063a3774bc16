using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Metrics;

/// <summary>
/// A metric's state as JSON, for people and debugging: the same content as the binary format, readable and exact.
/// <code>
/// {
///   "class_name": "ConfusionMatrix",
///   "config": { "num_classes": 2, "normalize": "none" },
///   "layout": "NumClasses: int; Normalize: ... | Counts: sum cells[NumClasses × NumClasses]",
///   "state": { "Counts": [3, 1, 0, 4] }
/// }
/// </code>
/// State fields appear in declaration order: doubles in their shortest round-trip form (NaN and infinities as the
/// strings <c>"NaN"</c>, <c>"Infinity"</c>, <c>"-Infinity"</c>), longs as numbers, <see cref="SumArray"/>s as arrays,
/// <see cref="SampleBuffer"/>s as <c>{"count", "width", "scores", "labels", "weights"}</c> (weights absent when all are 1).
/// Reading gives back a bit-identical state.
/// </summary>
public static partial class MetricStateJson
{
    private const string ClassName = "class_name";
    private const string Config = "config";
    private const string Layout = "layout";
    private const string State = "state";

    /// <summary>Indented, with \n line ends and readable (unescaped) non-ASCII text; the collection's JSON uses it too.</summary>
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The metric's configuration, layout and state as indented JSON.</summary>
    /// <typeparam name="TMetric">The metric type.</typeparam>
    /// <param name="metric">The metric.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="NotSupportedException">A parameter's type has no configuration form.</exception>
    public static string ToJson<TMetric>(in TMetric metric)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            Write(metric, writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the metric's configuration, layout and state as a JSON object.</summary>
    /// <typeparam name="TMetric">The metric type.</typeparam>
    /// <param name="metric">The metric.</param>
    /// <param name="writer">The writer.</param>
    /// <exception cref="NotSupportedException">A parameter's type has no configuration form.</exception>
    public static void Write<TMetric>(in TMetric metric, Utf8JsonWriter writer)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        ArgumentNullException.ThrowIfNull(writer);
        var copy = metric;
        writer.WriteStartObject();
        copy.GetConfig().WriteJsonProperties(writer);
        writer.WriteString(Layout, TMetric.StateLayout);
        writer.WriteStartObject(State);
        var fields = new JsonStateWriter(writer);
        copy.WriteState(ref fields);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>Reads a metric written by <see cref="ToJson{TMetric}"/>: its parameters from the configuration, then its state.</summary>
    /// <typeparam name="TMetric">The metric type the JSON must hold.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The metric, with a state bit-identical to the one written.</returns>
    /// <exception cref="MetricStateException">The text is not a state (<see cref="MetricStateProblem.Invalid"/>), holds another metric's, another layout's, or an impossible one.</exception>
    public static TMetric FromJson<TMetric>(string json)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = Parse(() => JsonDocument.Parse(json));
        return Read<TMetric>(document.RootElement);
    }

    /// <summary>Reads a metric from UTF-8 JSON written by <see cref="Write{TMetric}"/>.</summary>
    /// <typeparam name="TMetric">The metric type the JSON must hold.</typeparam>
    /// <param name="utf8">The UTF-8 JSON text.</param>
    /// <returns>The metric, with a state bit-identical to the one written.</returns>
    /// <exception cref="MetricStateException">The text is not a state, holds another metric's, another layout's, or an impossible one.</exception>
    public static TMetric FromJson<TMetric>(ReadOnlySpan<byte> utf8)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var bytes = utf8.ToArray();
        using var document = Parse(() => JsonDocument.Parse(bytes));
        return Read<TMetric>(document.RootElement);
    }

    internal static JsonDocument Parse(Func<JsonDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException e)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, $"The input is not valid JSON: {e.Message}", e);
        }
    }

    internal static TMetric Read<TMetric>(JsonElement root)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, $"A JSON metric state is an object {{\"class_name\", \"config\", \"layout\", \"state\"}}, not a JSON {root.ValueKind.ToString().ToLowerInvariant()}.");
        }

        JsonElement? className = null, config = null, layout = null, state = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case ClassName when className is null:
                    className = property.Value;
                    break;
                case Config when config is null:
                    config = property.Value;
                    break;
                case Layout when layout is null:
                    layout = property.Value;
                    break;
                case State when state is null:
                    state = property.Value;
                    break;
                default:
                    throw new MetricStateException(MetricStateProblem.Invalid, $"A JSON metric state has no property '{property.Name}' (or has it twice): it holds \"class_name\", \"config\", \"layout\" and \"state\".");
            }
        }

        if (className is not { ValueKind: JsonValueKind.String } nameElement || layout is not { ValueKind: JsonValueKind.String } layoutElement || state is not { ValueKind: JsonValueKind.Object } stateElement)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, "A JSON metric state needs \"class_name\" and \"layout\" strings and a \"state\" object.");
        }

        var name = nameElement.GetString()!;
        if (MetricArguments.Normalize(name) != MetricArguments.Normalize(TMetric.MetricName))
        {
            throw new MetricStateException(MetricStateProblem.OtherMetric, $"The JSON holds the state of {name}, not of {TMetric.MetricName}.");
        }

        var difference = StateLayouts.Difference(layoutElement.GetString()!, TMetric.StateLayout);
        if (difference is not null)
        {
            throw new MetricStateException(MetricStateProblem.OtherLayout, $"The JSON holds a {TMetric.MetricName} state of another layout: {difference}.");
        }

        TMetric metric;
        try
        {
            metric = TMetric.FromConfig(MetricConfig.FromJson(name, config));
        }
        catch (Exception e) when (e is ArgumentException or JsonException)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, $"The JSON holds an invalid {TMetric.MetricName} configuration: {e.Message}", e);
        }

        var reader = new JsonStateReader(stateElement, TMetric.MetricName);
        try
        {
            metric.ReadState(ref reader);
        }
        catch (ArgumentException e)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, $"The JSON holds an impossible {TMetric.MetricName} state: {e.Message}", e);
        }

        reader.ThrowIfFieldsRemain();
        return metric;
    }
}
