using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Spectre.Console;

namespace Metrics.Dsl.Sample;

// A table rendered by Spectre.Console: one alignment letter per column ('l' or 'r'), notes printed under it.
internal sealed class TablePrinter(string title, string alignment, params string[] header)
{
    private const string Indent = "  ";
    private readonly List<string[]?> _rows = [];
    private readonly List<string> _notes = [];

    public TablePrinter Add(params string[] cells)
    {
        if (cells.Length != header.Length)
        {
            throw new ArgumentException($"A row of '{title}' has {cells.Length} cells, expected {header.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    // Starts a new group of rows: an empty row, unless this is the first group.
    public TablePrinter RuleBetweenGroups()
    {
        if (_rows.Count > 0)
        {
            _rows.Add(null);
        }

        return this;
    }

    // A line printed under the table.
    public TablePrinter Note(string text)
    {
        _notes.Add(text);
        return this;
    }

    public void Print(TextWriter writer)
    {
        var table = new Table { Border = TableBorder.Rounded };
        for (var c = 0; c < header.Length; c++)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header[c])) { Alignment = alignment[c] == 'l' ? Justify.Left : Justify.Right });
        }

        foreach (var row in _rows)
        {
            if (row is null)
            {
                table.AddEmptyRow();
            }
            else
            {
                table.AddRow(row.Select(cell => new Text(cell)).ToArray());
            }
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        // Redirected output (a CI log, a file) has no width of its own; Spectre would wrap at 80 columns.
        console.Profile.Width = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected ? Math.Max(Console.WindowWidth, 80) : 200;
        writer.WriteLine();
        console.Write(new Markup($"[bold]{Markup.Escape(title)}[/]"));
        console.WriteLine();
        console.Write(table);
        foreach (var note in _notes)
        {
            writer.WriteLine(Indent + note);
        }
    }

    public static string Number(double value, int decimals = 6) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Scientific(double value) => value.ToString("0.0E+0", CultureInfo.InvariantCulture);

    public static string Count(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

}
