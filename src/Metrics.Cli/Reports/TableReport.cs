using Spectre.Console;

namespace Metrics.Cli.Reports;

/// <summary>The report as a table on the terminal (stdout).</summary>
internal static class TableReport
{
    public static void Write(IAnsiConsole console, Report report)
    {
        var (header, rows) = ReportLayout.Cells(report);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn(Markup.Escape(header[0])));
        foreach (var column in header.Skip(1))
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)).RightAligned());
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        console.Write(table);
    }
}
