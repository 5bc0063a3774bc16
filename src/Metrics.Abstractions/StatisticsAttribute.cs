namespace Metrics;

/// <summary>
/// Marks the one state field of a derived metric: a field whose type is another <c>[Metric]</c> declared in the same
/// project (its statistics, e.g. <c>[Statistics] public BinaryCounts Counts;</c>). The derived metric declares only
/// parameters and <c>Compute</c>; the generator emits its batch updates (every overload the statistics metric has,
/// forwarding to it), <c>Merge</c>, <c>Reset</c>, persistence (the derived metric stores the statistics' state) and
/// <c>ISharesStatistics</c>, so a <c>MetricCollection</c> updates one statistics state for all its derived members.
/// </summary>
/// <remarks>
/// Each parameter of the statistics metric is given the value of the derived metric's parameter with the same name and
/// type. A derived metric whose parameters map otherwise declares <c>public readonly TStatistics StatisticsTemplate()</c>,
/// which the generator then uses instead.
/// </remarks>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class StatisticsAttribute : Attribute
{
}
