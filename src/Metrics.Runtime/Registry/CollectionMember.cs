using System.Linq;

namespace Metrics;

/// <summary>A metric able to join a <see cref="MetricCollection"/>, sharing statistics where its type declares them.</summary>
internal interface IMemberSource
{
    CollectionMember Join(MetricCollection collection);
}

/// <summary>One member of a collection: computes its value from a (possibly shared) statistics state.</summary>
internal abstract class CollectionMember
{
    /// <summary>The member's metric type.</summary>
    public abstract Type MetricType { get; }

    /// <summary>The state it reads (shared with other members that declare the same statistics and parameters).</summary>
    public abstract StatisticsState Statistics { get; }

    public abstract object Compute();

    public abstract IMetricInstance Snapshot();

    /// <summary>Whether <paramref name="other"/> is the same metric with the same parameters.</summary>
    /// <param name="other">A member of another collection, of the same type.</param>
    public abstract bool HasSameParameters(CollectionMember other);

    /// <summary>Why the two members' parameters differ, in the words of the metric's own merge check.</summary>
    /// <param name="other">A member of another collection, of the same type, with other parameters.</param>
    public string DescribeDifference(CollectionMember other)
    {
        try
        {
            Snapshot().Clone().Merge(other.Snapshot().Clone());
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }

        return "their parameters differ.";
    }
}

/// <summary>A member that is its own statistics (a metric without <see cref="ISharesStatistics{TSelf, TStatistics}"/>).</summary>
internal sealed class SelfMember<TMetric, TResult>(StatisticsState<TMetric> state) : CollectionMember
    where TMetric : struct, IMetric<TMetric, TResult>, IRegistrableMetric<TMetric>, IPersistentMetric<TMetric>
{
    public override Type MetricType => typeof(TMetric);

    public override StatisticsState Statistics => state;

    public override object Compute() => state.State.Compute()!;

    public override IMetricInstance Snapshot() => new MetricInstance<TMetric, TResult>(state.State);

    public override bool HasSameParameters(CollectionMember other) =>
        other is SelfMember<TMetric, TResult> same && state.Template.HasSameParameters(same.Template);

    private TMetric Template => state.Template;
}

/// <summary>A member derived from another metric's state (<see cref="ISharesStatistics{TSelf, TStatistics}"/>).</summary>
internal sealed class DerivedMember<TMetric, TResult, TStatistics>(TMetric metric, StatisticsState<TStatistics> state) : CollectionMember
    where TMetric : struct, IMetric<TMetric, TResult>, IRegistrableMetric<TMetric>, IPersistentMetric<TMetric>, ISharesStatistics<TMetric, TStatistics>
    where TStatistics : struct, IRegistrableMetric<TStatistics>, IPersistentMetric<TStatistics>
{
    public override Type MetricType => typeof(TMetric);

    public override StatisticsState Statistics => state;

    public override object Compute() => metric.WithStatistics(state.State).Compute()!;

    public override IMetricInstance Snapshot() => new MetricInstance<TMetric, TResult>(metric.WithStatistics(state.State));

    public override bool HasSameParameters(CollectionMember other) =>
        other is DerivedMember<TMetric, TResult, TStatistics> same && metric.HasSameParameters(same.Metric);

    private TMetric Metric => metric;
}

/// <summary>Finds, once per metric type, the statistics it declares.</summary>
internal static class StatisticsDeclaration<TMetric, TResult>
    where TMetric : struct, IMetric<TMetric, TResult>, IRegistrableMetric<TMetric>, IPersistentMetric<TMetric>
{
    // The TStatistics of ISharesStatistics<TMetric, TStatistics>, or null.
    public static readonly Type? Statistics = typeof(TMetric).GetInterfaces()
        .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ISharesStatistics<,>))
        .Select(i => i.GetGenericArguments()[1])
        .SingleOrDefault();

    // A metric that shares statistics and had a parameter set by an object initializer (new Precision { Threshold = 0.5 })
    // still carries the empty statistics its constructor made with the default parameters, so it differs from its Empty()
    // while holding nothing. Merging it with an empty metric maps such statistics to the right parameters (and throws if
    // they are not empty), which makes the comparison one of states, not of stale parameters.
    private static bool HoldsNoState(TMetric metric)
    {
        var empty = metric.Empty();
        if (metric.Equals(empty))
        {
            return true;
        }

        if (Statistics is null || Statistics == typeof(TMetric))
        {
            return false;
        }

        try
        {
            return metric.Merge(empty).Equals(empty);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public static CollectionMember Join(TMetric metric, MetricCollection collection)
    {
        if (!HoldsNoState(metric))
        {
            throw new ArgumentException(
                $"{TMetric.MetricName} already holds a state; add metrics to a collection before updating them.",
                nameof(metric));
        }

        metric = metric.Empty();

        if (Statistics is null || Statistics == typeof(TMetric))
        {
            return new SelfMember<TMetric, TResult>(collection.Share(metric));
        }

        var join = typeof(DerivedMemberFactory)
            .GetMethod(nameof(DerivedMemberFactory.Join))!
            .MakeGenericMethod(typeof(TMetric), typeof(TResult), Statistics);
        return (CollectionMember)join.Invoke(null, [metric, collection])!;
    }
}

/// <summary>Creates derived members, with the constraints the reflection-found statistics type needs.</summary>
internal static class DerivedMemberFactory
{
    public static CollectionMember Join<TMetric, TResult, TStatistics>(TMetric metric, MetricCollection collection)
        where TMetric : struct, IMetric<TMetric, TResult>, IRegistrableMetric<TMetric>, IPersistentMetric<TMetric>, ISharesStatistics<TMetric, TStatistics>
        where TStatistics : struct, IRegistrableMetric<TStatistics>, IPersistentMetric<TStatistics> =>
        new DerivedMember<TMetric, TResult, TStatistics>(metric, collection.Share(metric.StatisticsTemplate()));
}
