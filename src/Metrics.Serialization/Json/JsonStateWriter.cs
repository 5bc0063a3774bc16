using System.Text.Json;

namespace Metrics;

/// <summary>Writes a metric's state fields as the properties of the JSON object <see cref="MetricStateJson"/> calls <c>state</c>.</summary>
/// <param name="writer">The JSON writer, inside the state object.</param>
internal readonly struct JsonStateWriter(Utf8JsonWriter writer) : IMetricStateWriter
{
    public void Real(string name, double value)
    {
        writer.WritePropertyName(name);
        JsonReals.Write(writer, value);
    }

    public void Whole(string name, long value) => writer.WriteNumber(name, value);

    public void Cells(string name, SumArray cells, int length)
    {
        if (cells.IsAllocated && cells.Length != length)
        {
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"The state field '{name}' holds {cells.Length} cells where the parameters require {length}."));
        }

        writer.WriteStartArray(name);
        for (var i = 0; i < length; i++)
        {
            JsonReals.Write(writer, cells[i]);
        }

        writer.WriteEndArray();
    }

    public void Samples(string name, SampleBuffer samples)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber(JsonSamples.Count, samples.Count);
        writer.WriteNumber(JsonSamples.Width, samples.Width);
        writer.WriteStartArray(JsonSamples.Scores);
        for (var i = 0; i < samples.ScoreCount; i++)
        {
            JsonReals.Write(writer, samples.ScoreAt(i));
        }

        writer.WriteEndArray();
        writer.WriteStartArray(JsonSamples.Labels);
        for (var i = 0; i < samples.Count; i++)
        {
            JsonReals.Write(writer, samples.LabelAt(i));
        }

        writer.WriteEndArray();
        if (samples.IsWeighted)
        {
            writer.WriteStartArray(JsonSamples.Weights);
            for (var i = 0; i < samples.Count; i++)
            {
                JsonReals.Write(writer, samples.WeightAt(i));
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
