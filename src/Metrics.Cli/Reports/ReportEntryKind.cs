namespace Metrics.Cli.Reports;

/// <summary>What a report entry stands for.</summary>
internal enum ReportEntryKind
{
    /// <summary>One data file.</summary>
    File,

    /// <summary>One value of the group column (all files together).</summary>
    Group,

    /// <summary>One state file read by <c>metrics merge</c>.</summary>
    State,

    /// <summary>Everything merged.</summary>
    Total,
}
