namespace Metrics.Cli.Reports;

/// <summary>One column (or row) of a report: a file, a group, a state file, or the total.</summary>
internal sealed class ReportEntry
{
    public ReportEntry(ReportEntryKind kind, string label, long? rows, MetricCollection metrics)
        : this(kind, label, rows, metrics, metrics.Compute())
    {
    }

    private ReportEntry(ReportEntryKind kind, string label, long? rows, MetricCollection metrics, IReadOnlyDictionary<string, object> values)
    {
        Kind = kind;
        Label = label;
        Rows = rows;
        Metrics = metrics;
        Values = values;
    }

    /// <summary>
    /// The same collection and values under another kind and label: the total of a single file is that file, and its
    /// exact values (which rank every kept score) are computed once.
    /// </summary>
    /// <param name="kind">What the new entry is.</param>
    /// <param name="label">Its label.</param>
    public ReportEntry As(ReportEntryKind kind, string label) => new(kind, label, Rows, Metrics, Values);

    /// <summary>What the entry is.</summary>
    public ReportEntryKind Kind { get; }

    /// <summary>The file path, group key or state path; "total" for the total.</summary>
    public string Label { get; }

    /// <summary>The rows read (masked-out rows included), or null when unknown (merged states).</summary>
    public long? Rows { get; }

    /// <summary>The collection the values are computed from.</summary>
    public MetricCollection Metrics { get; }

    /// <summary>Each member's value, by member name, in the collection's order.</summary>
    public IReadOnlyDictionary<string, object> Values { get; }
}
