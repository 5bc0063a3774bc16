using System;
using System.Collections.Generic;
using System.Linq;

namespace Metrics;

/// <summary>
/// Several metrics updated from one batch (labels, predictions, mask and weights given once), computed together
/// into a name → value map, merged and reset as a whole. Metrics that declare the same sufficient statistics
/// (<see cref="ISharesStatistics{TSelf, TStatistics}"/>: precision, recall and F1 on one set of confusion counts;
/// MSE and RMSE on one squared-error sum) with the same parameters share one state, updated once per batch. Sharing
/// follows the declared types, never the values.
/// </summary>
public sealed class MetricCollection
{
    private readonly List<(string Name, CollectionMember Member)> _members = [];
    private readonly List<StatisticsState> _states = [];

    /// <summary>Creates an empty collection.</summary>
    public MetricCollection()
    {
    }

    /// <summary>Creates a collection of registry metrics with default parameters, each named by its identifier.</summary>
    /// <param name="identifiers">Registry identifiers (<c>"mse"</c>, <c>"precision"</c>, ...).</param>
    /// <exception cref="ArgumentException">An identifier is unknown or given twice.</exception>
    public MetricCollection(params string[] identifiers)
    {
        ArgumentNullException.ThrowIfNull(identifiers);
        foreach (var identifier in identifiers)
        {
            Add(identifier, MetricRegistry.Create(identifier));
        }
    }

    /// <summary>The member names, in the order they were added.</summary>
    public IReadOnlyList<string> Names => _members.Select(m => m.Name).ToArray();

    /// <summary>How many states one <see cref="Update"/> accumulates: one per distinct set of statistics.</summary>
    public int StatesPerUpdate => _states.Count;

    /// <summary>Adds a metric held by reference (e.g. from <see cref="MetricRegistry"/>), with an empty state.</summary>
    /// <param name="name">The member's name in <see cref="Compute()"/>'s map.</param>
    /// <param name="metric">The metric.</param>
    /// <exception cref="ArgumentException">The name is taken, the metric already holds a state, or it is not a <see cref="MetricInstance{TMetric, TResult}"/>.</exception>
    public MetricCollection Add(string name, IMetricInstance metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (metric is not IMemberSource source)
        {
            throw new ArgumentException($"Collections hold MetricInstance<TMetric, TResult> metrics; got {metric.GetType().FullName}.", nameof(metric));
        }

        return AddMember(name, source.Join(this));
    }

    /// <summary>Adds a metric, with an empty state (its parameters are what counts).</summary>
    /// <typeparam name="TMetric">The metric type.</typeparam>
    /// <typeparam name="TResult">The type of its value.</typeparam>
    /// <param name="metric">The metric.</param>
    /// <param name="name">The member's name; the metric's <c>MetricName</c> when null.</param>
    /// <exception cref="ArgumentException">The name is taken, or the metric already holds a state.</exception>
    public MetricCollection Add<TMetric, TResult>(TMetric metric, string? name = null)
        where TMetric : struct, IMetric<TMetric, TResult>, IRegistrableMetric<TMetric> =>
        Add(name ?? TMetric.MetricName, new MetricInstance<TMetric, TResult>(metric));

    /// <summary>Accumulates one batch into every member (each shared state once).</summary>
    /// <param name="batch">The batch.</param>
    public void Update(in MetricBatch batch)
    {
        foreach (var state in _states)
        {
            state.Update(batch);
        }
    }

    /// <summary>Computes every member, by name, in the order they were added.</summary>
    public IReadOnlyDictionary<string, object> Compute()
    {
        var values = new Dictionary<string, object>(_members.Count, StringComparer.Ordinal);
        foreach (var (name, member) in _members)
        {
            values.Add(name, member.Compute());
        }

        return values;
    }

    /// <summary>Computes one member.</summary>
    /// <param name="name">The member's name.</param>
    /// <exception cref="KeyNotFoundException">No member has that name.</exception>
    public object Compute(string name) => Find(name).Compute();

    /// <summary>One member as a standalone metric with the state accumulated so far (a copy).</summary>
    /// <param name="name">The member's name.</param>
    /// <exception cref="KeyNotFoundException">No member has that name.</exception>
    public IMetricInstance Get(string name) => Find(name).Snapshot();

    /// <summary>Clears every state, keeping the parameters.</summary>
    public void Reset()
    {
        foreach (var state in _states)
        {
            state.Reset();
        }
    }

    /// <summary>Merges a collection with the same members (a shard of the same evaluation) into this one.</summary>
    /// <param name="other">The partial result; it is not changed.</param>
    /// <exception cref="ArgumentException">The collections have different members or parameters.</exception>
    public void Merge(MetricCollection other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!Names.SequenceEqual(other.Names, StringComparer.Ordinal) || _states.Count != other._states.Count)
        {
            throw new ArgumentException(
                $"Cannot merge a collection of [{string.Join(", ", other.Names)}] into one of [{string.Join(", ", Names)}].",
                nameof(other));
        }

        for (var i = 0; i < _states.Count; i++)
        {
            _states[i].Merge(other._states[i]);
        }
    }

    /// <summary>A collection with the same members and parameters and empty states.</summary>
    public MetricCollection Clone()
    {
        var clone = new MetricCollection();
        foreach (var (name, member) in _members)
        {
            clone.Add(name, member.Snapshot().Clone());
        }

        return clone;
    }

    /// <summary>The collection's members and values, for logging.</summary>
    public override string ToString() =>
        string.Join(", ", Compute().Select(p => $"{p.Key} = {p.Value}"));

    internal StatisticsState<TStatistics> Share<TStatistics>(TStatistics template)
        where TStatistics : struct, IRegistrableMetric<TStatistics>
    {
        foreach (var state in _states)
        {
            if (state is StatisticsState<TStatistics> same && same.Template.HasSameParameters(template))
            {
                return same;
            }
        }

        var created = new StatisticsState<TStatistics>(template.Empty());
        _states.Add(created);
        return created;
    }

    private MetricCollection AddMember(string name, CollectionMember member)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (_members.Any(m => m.Name == name))
        {
            throw new ArgumentException($"The collection already has a member named '{name}'.", nameof(name));
        }

        _members.Add((name, member));
        return this;
    }

    private CollectionMember Find(string name) =>
        _members.FirstOrDefault(m => m.Name == name).Member
        ?? throw new KeyNotFoundException($"The collection has no member '{name}'; its members are {string.Join(", ", Names)}.");
}
