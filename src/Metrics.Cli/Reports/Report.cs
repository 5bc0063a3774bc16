using Metrics.Data;

namespace Metrics.Cli.Reports;

/// <summary>What <c>eval</c> or <c>merge</c> found: the parts (files, groups or state files) and their total.</summary>
/// <param name="Command">"eval" or "merge".</param>
/// <param name="Config">The collection configuration (what <c>--config</c> takes, to re-run the evaluation).</param>
/// <param name="Mapping">The columns read (eval), or null (merge).</param>
/// <param name="Parts">The files or state files, in the order given.</param>
/// <param name="Groups">The groups, all files together, in order of first appearance (empty without <c>--group-by</c>).</param>
/// <param name="Total">Everything merged, in the order given.</param>
internal sealed record Report(
    string Command,
    CollectionConfig Config,
    ColumnMapping? Mapping,
    IReadOnlyList<ReportEntry> Parts,
    IReadOnlyList<ReportEntry> Groups,
    ReportEntry Total)
{
    /// <summary>The entries a table shows: the parts when there are several, the groups, and the total.</summary>
    public IReadOnlyList<ReportEntry> Shown
    {
        get
        {
            var shown = new List<ReportEntry>();
            if (Parts.Count > 1)
            {
                shown.AddRange(Parts);
            }

            shown.AddRange(Groups);
            shown.Add(Total);
            return shown;
        }
    }

    /// <summary>The member names, in the collection's order.</summary>
    public IReadOnlyList<string> MetricNames => Total.Metrics.Names;
}
