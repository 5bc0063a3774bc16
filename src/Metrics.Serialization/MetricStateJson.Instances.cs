using System.Text.Json;

namespace Metrics;

/// <summary>States of metrics known only by their registry name (<see cref="IMetricInstance"/>), as JSON.</summary>
public static partial class MetricStateJson
{
    /// <summary>The configuration, layout and state of a metric held by reference, as indented JSON.</summary>
    /// <param name="metric">The metric (e.g. from <see cref="MetricRegistry.Create(string)"/> or <see cref="MetricCollection.Get"/>).</param>
    /// <returns>The JSON text: the same text as <see cref="ToJson{TMetric}(in TMetric)"/> writes for the typed metric.</returns>
    /// <exception cref="NotSupportedException">A parameter's type has no configuration form.</exception>
    public static string ToJson(IMetricInstance metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.VisitType(new InstanceEncoder(metric));
    }

    /// <summary>
    /// Reads a metric whose type is known only from the JSON: its <c>class_name</c> finds the type in
    /// <see cref="MetricRegistry"/>, then the metric is read as <see cref="FromJson{TMetric}(string)"/> reads it and
    /// wrapped in a <see cref="MetricInstance{TMetric, TResult}"/>.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The metric, with a state bit-identical to the one written.</returns>
    /// <exception cref="MetricStateException">
    /// The text is refused; with <see cref="MetricStateProblem.OtherMetric"/> when no registered metric has its
    /// <c>class_name</c>, or the metric it names takes other inputs than a <see cref="MetricBatch"/>.
    /// </exception>
    public static IMetricInstance ReadInstance(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = Parse(() => JsonDocument.Parse(json));
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(ClassName, out var name) || name.ValueKind != JsonValueKind.String)
        {
            throw new MetricStateException(MetricStateProblem.Invalid, "A JSON metric state is an object with a \"class_name\" string, \"config\", \"layout\" and \"state\".");
        }

        var decoder = new InstanceDecoder(root);
        try
        {
            return MetricRegistry.VisitType(name.GetString()!, decoder);
        }
        catch (ArgumentException e) when (!decoder.Visited)
        {
            throw new MetricStateException(MetricStateProblem.OtherMetric, $"The JSON holds the state of '{name.GetString()}', which no metric in the registry can read: {e.Message}", e);
        }
    }

    /// <summary>Writes the state of an instance with its metric type in view.</summary>
    private sealed class InstanceEncoder(IMetricInstance instance) : IMetricTypeVisitor<string>
    {
        public string Visit<TMetric, TResult>()
            where TMetric : struct, IMetric<TMetric, TResult>, IRegistrableMetric<TMetric>, IPersistentMetric<TMetric> =>
            ToJson(instance is MetricInstance<TMetric, TResult> typed ? typed.Metric : (TMetric)instance.State);
    }

    /// <summary>Reads a JSON state as the metric type the registry found for its class name.</summary>
    private sealed class InstanceDecoder(JsonElement root) : IMetricTypeVisitor<IMetricInstance>
    {
        /// <summary>Whether the registry found the type (so an exception comes from the read, not from the lookup).</summary>
        public bool Visited { get; private set; }

        public IMetricInstance Visit<TMetric, TResult>()
            where TMetric : struct, IMetric<TMetric, TResult>, IRegistrableMetric<TMetric>, IPersistentMetric<TMetric>
        {
            Visited = true;
            return new MetricInstance<TMetric, TResult>(Read<TMetric>(root));
        }
    }
}
