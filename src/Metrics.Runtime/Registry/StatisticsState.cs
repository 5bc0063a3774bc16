namespace Metrics;

/// <summary>One state a collection accumulates; several members may read it.</summary>
internal abstract class StatisticsState
{
    public abstract void Update(in MetricBatch batch);

    public abstract void Reset();

    public abstract void Merge(StatisticsState other);
}

/// <summary>The accumulated state of one statistics metric.</summary>
internal sealed class StatisticsState<TStatistics>(TStatistics template) : StatisticsState
    where TStatistics : struct, IRegistrableMetric<TStatistics>
{
    /// <summary>The parameters (an empty state) that members joining this state must match.</summary>
    public TStatistics Template { get; } = template;

    public TStatistics State { get; private set; } = template;

    public override void Update(in MetricBatch batch) => State = State.Update(batch);

    public override void Reset() => State = State.Reset();

    public override void Merge(StatisticsState other) => State = State.Merge(((StatisticsState<TStatistics>)other).State);
}
