using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Metrics.Dsl.Sample;

// A fixed-width plain-text table: one alignment letter per column ('l' or 'r'), two spaces between columns.
internal sealed class TablePrinter(string title, string alignment, params string[] header)
{
    private const string Indent = "  ";
    private const string Gap = "  ";
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

    // Starts a new group of rows: a horizontal rule, unless this is the first group.
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
        var widths = Enumerable.Range(0, header.Length)
            .Select(c => _rows.OfType<string[]>().Select(row => row[c].Length).Append(header[c].Length).Max())
            .ToArray();
        var rule = Indent + string.Join(Gap, widths.Select(w => new string('-', w)));

        writer.WriteLine();
        writer.WriteLine(title);
        writer.WriteLine(new string('=', title.Length));
        writer.WriteLine(Line(header, widths));
        writer.WriteLine(rule);
        foreach (var row in _rows)
        {
            writer.WriteLine(row is null ? rule : Line(row, widths));
        }

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

    private string Line(string[] cells, int[] widths) =>
        (Indent + string.Join(Gap, cells.Select((cell, c) =>
            alignment[c] == 'l' ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c])))).TrimEnd();
}
