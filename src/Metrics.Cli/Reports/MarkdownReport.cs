using System.Text;

namespace Metrics.Cli.Reports;

/// <summary>The report as a Markdown table (for a pull-request comment or docs), preceded by a line saying what was evaluated.</summary>
internal static class MarkdownReport
{
    public static string Format(Report report)
    {
        var (header, rows) = ReportLayout.Cells(report);
        var text = new StringBuilder();
        var what = report.Command == "merge" ? $"{report.Parts.Count} state file(s) merged" : $"{report.Parts.Count} file(s)";
        text.Append("Metrics: ").Append(what);
        if (report.Total.Rows is { } total)
        {
            text.Append(System.FormattableString.Invariant($", {total} rows"));
        }

        text.Append('.').AppendLine().AppendLine();
        text.Append("| ").AppendJoin(" | ", header.Select(Escape)).AppendLine(" |");
        text.Append('|').AppendJoin('|', header.Select((_, i) => i == 0 ? " --- " : " ---: ")).AppendLine("|");
        foreach (var row in rows)
        {
            text.Append("| ").AppendJoin(" | ", row.Select(Escape)).AppendLine(" |");
        }

        return text.ToString();
    }

    public static void Write(string path, Report report) => File.WriteAllText(path, Format(report));

    private static string Escape(string cell) => cell.Replace("|", "\\|", System.StringComparison.Ordinal);
}
