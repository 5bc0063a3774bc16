using System.Collections.Generic;
using System.Linq;

namespace Metrics;

/// <summary>
/// A metric's configuration, as Keras' <c>get_config</c>: the name it is registered under and its parameter values
/// as JSON-compatible values (numbers, Booleans, enum members as lowercase strings, lists as arrays, null), keyed
/// by the parameters' snake_case names in declaration order. It recreates the metric with
/// <see cref="IPersistentMetric{TSelf}.FromConfig"/> or the registry's <c>Deserialize</c>.
/// </summary>
public sealed partial class MetricConfig : IEquatable<MetricConfig>
{
    private readonly KeyValuePair<string, object?>[] _parameters;

    /// <summary>Creates a configuration.</summary>
    /// <param name="name">The metric's registry name (any registered spelling).</param>
    /// <param name="parameters">The parameter values by name (any spelling); those left out keep their defaults.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public MetricConfig(string name, IEnumerable<KeyValuePair<string, object?>>? parameters = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        _parameters = parameters?.ToArray() ?? [];
    }

    /// <summary>The metric's registry name.</summary>
    public string Name { get; }

    /// <summary>The parameter values, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Parameters => _parameters;

    /// <summary>The parameter values by name, as <c>FromArguments</c> takes them.</summary>
    public IReadOnlyDictionary<string, object?> Arguments =>
        _parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>The configuration of <paramref name="metric"/>: its registry name and every parameter value.</summary>
    /// <typeparam name="TMetric">The metric type.</typeparam>
    /// <param name="metric">The metric.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="NotSupportedException">A parameter's type has no configuration form (see <see cref="IConfigValue{TSelf}"/>).</exception>
    public static MetricConfig Of<TMetric>(in TMetric metric)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var builder = new ConfigBuilder();
        var copy = metric;
        copy.WriteParameters(ref builder);
        return new MetricConfig(TMetric.MetricName, builder.Parameters);
    }

    /// <summary>
    /// The parameter values for <typeparamref name="TMetric"/>, after checking that the configuration names it (by its
    /// registry name or type name, in any spelling).
    /// </summary>
    /// <typeparam name="TMetric">The metric the configuration should name.</typeparam>
    /// <returns>The arguments for <c>FromArguments</c>.</returns>
    /// <exception cref="ArgumentException">The configuration names another metric.</exception>
    public IReadOnlyDictionary<string, object?> ArgumentsFor<TMetric>()
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var name = MetricArguments.Normalize(Name);
        if (name != MetricArguments.Normalize(TMetric.MetricName) && name != MetricArguments.Normalize(typeof(TMetric).Name))
        {
            throw new ArgumentException(
                $"The configuration is for '{MetricArguments.Echo(Name)}', not {TMetric.MetricName}.", "config");
        }

        return Arguments;
    }

    /// <summary>
    /// The exception for a parameter whose type has no configuration form: it neither is a number, Boolean, enum or
    /// <see cref="ParameterArray{T}"/> nor implements <see cref="IConfigValue{TSelf}"/>.
    /// </summary>
    /// <param name="metric">The metric's name.</param>
    /// <param name="parameter">The parameter's name.</param>
    /// <param name="type">The parameter's type.</param>
    /// <returns>The exception to throw.</returns>
    public static NotSupportedException NoConfigForm(string metric, string parameter, string type) =>
        new($"{metric} cannot be configured or serialized: its parameter '{parameter}' is a {type}, which is not a number, Boolean, enum or ParameterArray and does not implement IConfigValue<{type}>.");

    /// <inheritdoc/>
    public bool Equals(MetricConfig? other) =>
        other is not null
        && Name == other.Name
        && _parameters.Length == other._parameters.Length
        && _parameters.Zip(other._parameters).All(p => p.First.Key == p.Second.Key && ConfigValues.Equal(p.First.Value, p.Second.Value));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MetricConfig);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Name);
        foreach (var (key, _) in _parameters)
        {
            hash.Add(key);
        }

        return hash.ToHashCode();
    }
}
