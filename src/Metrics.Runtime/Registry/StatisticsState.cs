namespace Metrics;

/// <summary>
/// One state a collection accumulates; several members may read it. Updates and merges can be undone or prepared, so
/// that a collection applies a batch or a merge to every state or to none.
/// </summary>
internal abstract class StatisticsState
{
    /// <summary>The statistics metric type.</summary>
    public abstract Type MetricType { get; }

    /// <summary>
    /// Whether keeping the previous value of the state struct is enough to undo an update: true when the state holds
    /// no array that updates change in place (sums, counts, sample buffers, which copy on write).
    /// </summary>
    public abstract bool RestoresByValue { get; }

    /// <summary>Accumulates a batch; a typed update that throws leaves the state unchanged.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="undoable">Whether to keep what <see cref="Undo"/> needs (a deep copy for an array state).</param>
    public abstract void Update(in MetricBatch batch, bool undoable);

    /// <summary>Restores the state as it was before the last undoable <see cref="Update"/>.</summary>
    public abstract void Undo();

    public abstract void Reset();

    /// <summary>Computes the merge with <paramref name="other"/>, without applying it.</summary>
    /// <param name="other">A state of the same statistics type and parameters.</param>
    public abstract void PrepareMerge(StatisticsState other);

    /// <summary>Applies the prepared merge (or, with <paramref name="apply"/> false, drops it).</summary>
    /// <param name="apply">Whether to apply it.</param>
    public abstract void FinishMerge(bool apply);

    /// <summary>Whether <paramref name="other"/> holds the same statistics with the same parameters.</summary>
    /// <param name="other">The other state.</param>
    public abstract bool Matches(StatisticsState other);

    /// <summary>Shows the state to <paramref name="visitor"/>.</summary>
    public abstract void Visit<TVisitor>(ref TVisitor visitor)
        where TVisitor : IStateVisitor;

    /// <summary>
    /// Asks <paramref name="replacer"/> for a replacement with the same parameters and keeps it pending (applied by
    /// <see cref="FinishMerge"/>, as a merge is), so that a collection replaces every state or none.
    /// </summary>
    public abstract void PrepareReplace<TReplacer>(ref TReplacer replacer)
        where TReplacer : IStateReplacer;

    /// <summary>How this state can join a fused pass (<see cref="FusionPlan"/>), or null when it keeps its own pass.</summary>
    public abstract FusionCandidate? Fusion { get; }
}

/// <summary>The accumulated state of one statistics metric.</summary>
internal sealed class StatisticsState<TStatistics>(TStatistics template) : StatisticsState
    where TStatistics : struct, IRegistrableMetric<TStatistics>, IPersistentMetric<TStatistics>
{
    private TStatistics _previous;
    private TStatistics _pending;

    /// <summary>The parameters (an empty state) that members joining this state must match.</summary>
    public TStatistics Template { get; } = template;

    public TStatistics State { get; private set; } = template;

    public override Type MetricType => typeof(TStatistics);

    public override bool RestoresByValue => StateLayout<TStatistics>.RestoresByValue;

    public override void Update(in MetricBatch batch, bool undoable)
    {
        if (undoable)
        {
            _previous = RestoresByValue ? State : State.Copy();
        }

        State = State.Update(batch);
    }

    /// <summary>Sets the state a fused pass computed, keeping the previous one for <see cref="Undo"/> when asked.</summary>
    /// <param name="next">The new state.</param>
    /// <param name="undoable">Whether to keep the previous state.</param>
    public void Assign(TStatistics next, bool undoable)
    {
        if (undoable)
        {
            _previous = State;
        }

        State = next;
    }

    public override FusionCandidate? Fusion =>
        FusableOperator<TStatistics>.OperatorType is { } op
            ? new FusionCandidate(
                this,
                op,
                FusableOperator<TStatistics>.LabelType,
                FusableOperator<TStatistics>.LaneCount,
                FusableOperator<TStatistics>.Checks,
                Activator.CreateInstance(typeof(MemberBinder<,>).MakeGenericType(typeof(TStatistics), op), this)!)
            : null;

    public override void Undo()
    {
        State = _previous;
        _previous = default;
    }

    public override void Reset() => State = State.Reset();

    public override void PrepareMerge(StatisticsState other) =>
        _pending = other is StatisticsState<TStatistics> same
            ? State.Merge(same.State)
            : throw new ArgumentException($"Cannot merge a {other.MetricType.Name} state into a {typeof(TStatistics).Name} state.", nameof(other));

    public override void FinishMerge(bool apply)
    {
        if (apply)
        {
            State = _pending;
        }

        _pending = default;
    }

    public override void Visit<TVisitor>(ref TVisitor visitor) => visitor.Visit(State);

    public override void PrepareReplace<TReplacer>(ref TReplacer replacer)
    {
        var replacement = replacer.Replace(State);
        _pending = replacement.HasSameParameters(Template)
            ? replacement
            : throw new ArgumentException(
                $"The replacement {TStatistics.MetricName} state has other parameters than the collection's.", nameof(replacer));
    }

    public override bool Matches(StatisticsState other) =>
        other is StatisticsState<TStatistics> same && Template.HasSameParameters(same.Template);
}
