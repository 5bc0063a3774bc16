using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Metrics.Orleans.Sample;

/// <summary>A plain-text table: one row per metric, one column per shard, then the merged values.</summary>
internal sealed class Report(string[] columns)
{
    private readonly List<(string Name, string[] Cells)> _rows = [];

    /// <summary>Adds a row of values (doubles shown with 6 decimals, anything else as it prints).</summary>
    public void Add(string name, object[] values)
    {
        if (values.Length != columns.Length)
        {
            throw new ArgumentException($"Row '{name}' has {values.Length} values for {columns.Length} columns.", nameof(values));
        }

        _rows.Add((name, [.. values.Select(Format)]));
    }

    /// <summary>Writes the table.</summary>
    public void Print(TextWriter output)
    {
        var nameWidth = _rows.Max(r => r.Name.Length);
        var widths = columns.Select((c, i) => Math.Max(c.Length, _rows.Max(r => r.Cells[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", [new string(' ', nameWidth), .. columns.Select((c, i) => c.PadLeft(widths[i]))]));
        foreach (var (name, cells) in _rows)
        {
            output.WriteLine(string.Join("  ", [name.PadRight(nameWidth), .. cells.Select((c, i) => c.PadLeft(widths[i]))]));
        }
    }

    /// <summary>Whether two values agree: doubles to 1e-12 relative (one pass rounds its sums in another order), others exactly.</summary>
    public static bool Agree(object a, object b) => (a, b) switch
    {
        (double x, double y) => x.Equals(y) || Math.Abs(x - y) <= 1e-12 * Math.Max(1.0, Math.Abs(y)),
        _ => Equals(a, b),
    };

    private static string Format(object value) => value switch
    {
        double d => d.ToString("F6", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
