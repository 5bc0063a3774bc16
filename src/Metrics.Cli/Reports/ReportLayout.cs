using System.Globalization;

namespace Metrics.Cli.Reports;

/// <summary>
/// The cells of a report as text, shared by the terminal table and the Markdown table. With up to
/// <see cref="MaxColumns"/> entries (one file, a few files or groups) the metrics go down the rows and the entries
/// across, which reads best with many metrics; with more entries (many groups) each entry is a row and each metric a column.
/// </summary>
internal static class ReportLayout
{
    public const int MaxColumns = 6;

    /// <summary>The header and the rows of the table.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) Cells(Report report)
    {
        var entries = report.Shown;
        var names = report.MetricNames;
        var rows = new List<IReadOnlyList<string>>();
        if (entries.Count <= MaxColumns)
        {
            var header = new List<string> { "metric" };
            header.AddRange(entries.Select(e => entries.Count == 1 ? "value" : Display(report, e)));
            if (entries.Any(e => e.Rows is not null))
            {
                rows.Add([.. entries.Select(Rows).Prepend("rows")]);
            }

            foreach (var name in names)
            {
                rows.Add([.. entries.Select(e => ValueText.Format(e.Values[name])).Prepend(name)]);
            }

            return (header, rows);
        }

        var wide = new List<string> { "", "rows" };
        wide.AddRange(names);
        foreach (var entry in entries)
        {
            rows.Add([Display(report, entry), Rows(entry), .. names.Select(n => ValueText.Format(entry.Values[n]))]);
        }

        return (wide, rows);
    }

    /// <summary>A file or state file by its name, a group as <c>column=key</c>, the total as "total".</summary>
    public static string Display(Report report, ReportEntry entry) => entry.Kind switch
    {
        ReportEntryKind.Group => $"{report.Mapping?.Group}={entry.Label}",
        ReportEntryKind.File or ReportEntryKind.State => System.IO.Path.GetFileName(entry.Label),
        _ => "total",
    };

    private static string Rows(ReportEntry entry) =>
        entry.Rows is { } rows ? rows.ToString(CultureInfo.InvariantCulture) : "";
}
