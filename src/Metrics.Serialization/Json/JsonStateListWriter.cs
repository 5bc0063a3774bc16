using System.Text.Json;

namespace Metrics;

/// <summary>Writes a collection's states as the items of a JSON array, each as <see cref="MetricStateJson"/> writes one metric.</summary>
/// <param name="writer">The JSON writer, inside the array.</param>
internal readonly struct JsonStateListWriter(Utf8JsonWriter writer) : IStateVisitor
{
    public void Visit<TMetric>(in TMetric state)
        where TMetric : struct, IPersistentMetric<TMetric> => MetricStateJson.Write(state, writer);
}
