namespace Metrics.Data;

/// <summary>The result of <see cref="DataEvaluation.EvaluateByGroup"/>: a collection per group value and their merge.</summary>
public sealed class GroupedEvaluation
{
    internal GroupedEvaluation(long rows, MetricCollection total, IReadOnlyList<MetricGroup> groups)
    {
        Rows = rows;
        Total = total;
        Groups = groups;
    }

    /// <summary>The rows read, masked-out rows and rows with a null group key included.</summary>
    public long Rows { get; }

    /// <summary>All groups merged: the same values as evaluating every row with a non-null group key at once.</summary>
    public MetricCollection Total { get; }

    /// <summary>The groups in order of first appearance in the source.</summary>
    public IReadOnlyList<MetricGroup> Groups { get; }
}
