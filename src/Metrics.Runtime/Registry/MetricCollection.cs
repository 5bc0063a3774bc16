using System.Linq;

namespace Metrics;

/// <summary>
/// Several metrics updated from one batch (labels, predictions, mask and weights given once), computed together
/// into a name → value map, merged and reset as a whole. Metrics that declare the same sufficient statistics
/// (<see cref="ISharesStatistics{TSelf, TStatistics}"/>: precision, recall and F1 on one set of confusion counts;
/// MSE and RMSE on one squared-error sum) with the same parameters share one state, updated once per batch. Sharing
/// follows the declared types, never the values.
/// </summary>
/// <remarks>
/// An update or a merge applies to every member or to none: when one member rejects a batch (a label outside its
/// classes) or a merge (other parameters), the exception names that member and no state changes. Members are added
/// before the first update or merge (or after <see cref="Reset"/>). A collection is not thread-safe: give each thread
/// its own (<see cref="Clone"/>) and merge them.
/// </remarks>
public sealed partial class MetricCollection
{
    private readonly List<(string Name, CollectionMember Member)> _members = [];
    private readonly List<StatisticsState> _states = [];

    // The states in update order: those a kept value restores first, then those that need a deep copy to be undone,
    // so that the last state (which a failing typed update leaves unchanged) needs no copy at all.
    private StatisticsState[] _updateOrder = [];

    // The passes that accumulate several states at once (FusionPlan), decided when members are added; for each state of
    // _updateOrder the index of the pass that covers it, or -1. _passDone and _separate are per-update scratch space.
    private FusedPass[] _passes = [];
    private int[] _passOf = [];
    private bool[] _passDone = [];
    private StatisticsState[] _separate = [];

    // Whether a state may hold data (an update or a merge since creation or Reset): members can no longer be added.
    private bool _accumulated;

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
    /// <exception cref="InvalidOperationException">The collection has been updated or merged since it was created or reset.</exception>
    public MetricCollection Add(string name, IMetricInstance metric)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(metric);
        if (_accumulated)
        {
            throw new InvalidOperationException(
                $"Cannot add '{name}': the collection has been updated or merged. Add every member before the first Update or Merge (or after Reset).");
        }

        if (_members.Any(m => m.Name == name))
        {
            throw new ArgumentException($"The collection already has a member named '{name}'.", nameof(name));
        }

        if (metric is not IMemberSource source)
        {
            throw new ArgumentException($"Collections hold MetricInstance<TMetric, TResult> metrics; got {metric.GetType().FullName}.", nameof(metric));
        }

        _members.Add((name, source.Join(this)));
        _updateOrder = [.. _states.Where(s => s.RestoresByValue), .. _states.Where(s => !s.RestoresByValue)];
        _passes = FusionPlan.For(_updateOrder);
        _passOf = [.. _updateOrder.Select(s => Array.FindIndex(_passes, p => p.States.Contains(s)))];
        _passDone = new bool[_passes.Length];
        _separate = new StatisticsState[_updateOrder.Length];
        return this;
    }

    /// <summary>Adds a metric, with an empty state (its parameters are what counts).</summary>
    /// <typeparam name="TMetric">The metric type.</typeparam>
    /// <typeparam name="TResult">The type of its value.</typeparam>
    /// <param name="metric">The metric.</param>
    /// <param name="name">The member's name; the metric's <c>MetricName</c> when null.</param>
    /// <exception cref="ArgumentException">The name is taken, or the metric already holds a state.</exception>
    public MetricCollection Add<TMetric, TResult>(TMetric metric, string? name = null)
        where TMetric : struct, IMetric<TMetric, TResult>, IRegistrableMetric<TMetric>, IPersistentMetric<TMetric> =>
        Add(name ?? TMetric.MetricName, new MetricInstance<TMetric, TResult>(metric));

    /// <summary>
    /// Accumulates one batch into every member (each shared state once), or into none. States whose element-wise
    /// operators fuse (<see cref="FusedPasses"/>) are accumulated by one pass over the batch, each bit-identical to its
    /// own update.
    /// </summary>
    /// <param name="batch">The batch.</param>
    /// <exception cref="ArgumentException">A member rejects the batch (the message names it and why); no state changed.</exception>
    public void Update(in MetricBatch batch)
    {
        var passes = _passes;
        var fused = 0;
        try
        {
            for (; fused < passes.Length; fused++)
            {
                _passDone[fused] = passes[fused].TryUpdate(batch, undoable: true);
            }
        }
        catch
        {
            UndoPasses(fused);
            throw;
        }

        // The states no fused pass took (not fusable, or their pass declined the batch), in update order.
        var order = _updateOrder;
        var states = _separate;
        var count = 0;
        for (var i = 0; i < order.Length; i++)
        {
            if (_passOf[i] < 0 || !_passDone[_passOf[i]])
            {
                states[count++] = order[i];
            }
        }

        var done = 0;
        try
        {
            for (; done < count; done++)
            {
                states[done].Update(batch, undoable: done < count - 1);
            }
        }
        catch (Exception e)
        {
            for (var i = 0; i < done; i++)
            {
                states[i].Undo();
            }

            UndoPasses(passes.Length);
            var reason = $"{MembersOf(states[done])} rejected the batch, so no member of the collection took it: {e.Message}";
            switch (e)
            {
                case ArgumentException:
                    throw new ArgumentException(reason, nameof(batch), e);
                case InvalidOperationException:
                    throw new InvalidOperationException(reason, e);
                default:
                    throw;
            }
        }

        _accumulated = true;
    }

    /// <summary>
    /// How many kernel passes over a batch the states that fuse share: each accumulates several states (those whose
    /// generated operators are element-wise over the same inputs) in one pass. <see cref="StatesPerUpdate"/> minus the
    /// states these passes cover is the number of states updated by their own pass.
    /// </summary>
    public int FusedPasses => _passes.Length;

    /// <summary>How many states the fused passes accumulate together (see <see cref="FusedPasses"/>).</summary>
    public int FusedStates => _passes.Sum(p => p.States.Count);

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

        _accumulated = false;
    }

    /// <summary>
    /// Merges a collection with the same members (a shard of the same evaluation) into this one: every member, or none
    /// when any differs in name, type or parameters.
    /// </summary>
    /// <param name="other">The partial result; it is not changed.</param>
    /// <exception cref="ArgumentException">The collections have different members, types or parameters (the message names the member); no state changed.</exception>
    public void Merge(MetricCollection other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!Names.SequenceEqual(other.Names, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                $"Cannot merge a collection of [{string.Join(", ", other.Names)}] into one of [{string.Join(", ", Names)}].",
                nameof(other));
        }

        for (var i = 0; i < _members.Count; i++)
        {
            var (name, mine) = _members[i];
            var theirs = other._members[i].Member;
            if (mine.MetricType != theirs.MetricType)
            {
                throw new ArgumentException(
                    $"Cannot merge the collections: member '{name}' is {mine.MetricType.Name} here and {theirs.MetricType.Name} in the other.",
                    nameof(other));
            }

            if (!mine.HasSameParameters(theirs))
            {
                throw new ArgumentException(
                    $"Cannot merge the collections: member '{name}' has other parameters in the other collection. {mine.DescribeDifference(theirs)}",
                    nameof(other));
            }
        }

        // Same members with the same parameters share states alike; checked anyway, as merging relies on it.
        var counterparts = new StatisticsState[_states.Count];
        for (var i = 0; i < _members.Count; i++)
        {
            var mine = _members[i].Member.Statistics;
            var theirs = other._members[i].Member.Statistics;
            var index = _states.IndexOf(mine);
            if (!mine.Matches(theirs) || (counterparts[index] is { } seen && seen != theirs))
            {
                throw new ArgumentException(
                    $"Cannot merge the collections: member '{_members[i].Name}' shares its statistics with other members than in the other collection.",
                    nameof(other));
            }

            counterparts[index] = theirs;
        }

        if (other._states.Distinct().Count() != _states.Count)
        {
            throw new ArgumentException("Cannot merge the collections: their members share statistics differently.", nameof(other));
        }

        var prepared = 0;
        try
        {
            for (; prepared < _states.Count; prepared++)
            {
                _states[prepared].PrepareMerge(counterparts[prepared]);
            }
        }
        catch (Exception e)
        {
            for (var i = 0; i < prepared; i++)
            {
                _states[i].FinishMerge(apply: false);
            }

            var reason = $"{MembersOf(_states[prepared])} could not be merged, so no member of the collection was: {e.Message}";
            switch (e)
            {
                case ArgumentException:
                    throw new ArgumentException(reason, nameof(other), e);
                case InvalidOperationException:
                    throw new InvalidOperationException(reason, e);
                default:
                    throw;
            }
        }

        foreach (var state in _states)
        {
            state.FinishMerge(apply: true);
        }

        _accumulated = true;
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
        where TStatistics : struct, IRegistrableMetric<TStatistics>, IPersistentMetric<TStatistics>
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

    // Restores the states of the first `count` fused passes that took the batch.
    private void UndoPasses(int count)
    {
        for (var p = 0; p < count; p++)
        {
            if (_passDone[p])
            {
                foreach (var state in _passes[p].States)
                {
                    state.Undo();
                }
            }
        }
    }

    // "Member 'p'" or "Members 'p', 'r'": the members reading a state.
    private string MembersOf(StatisticsState state)
    {
        var names = _members.Where(m => m.Member.Statistics == state).Select(m => $"'{m.Name}'").ToArray();
        return names.Length == 1 ? $"Member {names[0]}" : $"Members {string.Join(", ", names)}";
    }

    private CollectionMember Find(string name) =>
        _members.FirstOrDefault(m => m.Name == name).Member
        ?? throw new KeyNotFoundException($"The collection has no member '{name}'; its members are {string.Join(", ", Names)}.");
}
