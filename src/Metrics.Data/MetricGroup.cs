namespace Metrics.Data;

/// <summary>One group's metrics: the rows whose group column holds <paramref name="Key"/>.</summary>
/// <param name="Key">The group key as text (integers in invariant culture).</param>
/// <param name="Metrics">The group's collection (a clone of the template, updated with the group's rows only).</param>
/// <param name="Rows">The group's rows, masked-out rows included.</param>
public sealed record MetricGroup(string Key, MetricCollection Metrics, long Rows);
