using System.Globalization;

namespace Metrics.Kernels;

/// <summary>The merge and persistence of per-column states, which the generated members of per-column metrics call.</summary>
public static partial class CellKernel
{
    /// <summary>
    /// The merge of two per-column states, cell by cell with the cell metric's own merge; a state without cells takes
    /// the other's. Neither operand changes.
    /// </summary>
    /// <typeparam name="TCell">The cell metric.</typeparam>
    /// <param name="left">The first state.</param>
    /// <param name="right">The second state.</param>
    /// <param name="metricName">The metric's name, in messages.</param>
    /// <param name="noun">What a cell is, in messages.</param>
    /// <exception cref="ArgumentException">Both states hold cells, and their numbers differ.</exception>
    public static MetricCells<TCell> Merge<TCell>(MetricCells<TCell> left, MetricCells<TCell> right, string metricName, string noun)
        where TCell : struct, IMetric<TCell>
    {
        if (left.IsEmpty || right.IsEmpty)
        {
            return left.IsEmpty ? right.Copy() : left.Copy();
        }

        if (left.Length != right.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Cannot merge {metricName} states of {left.Length} and {right.Length} {noun}s."),
                "other");
        }

        var merged = new TCell[left.Length];
        for (var j = 0; j < merged.Length; j++)
        {
            merged[j] = left[j].Merge(right[j]);
        }

        return new MetricCells<TCell>(merged);
    }

    /// <summary>The layout text of a per-column state: the number of cells, then each cell's fields under <c>F[j].</c>.</summary>
    /// <typeparam name="TCell">The cell metric.</typeparam>
    /// <param name="field">The state field's name.</param>
    public static string Layout<TCell>(string field)
        where TCell : struct, IPersistentMetric<TCell> =>
        $"{field}: whole long; {field}[j]: " + TCell.StateLayout;

    /// <summary>Writes the number of cells (0 before a batch kept a row), then each cell's state under <c>F[j].</c>.</summary>
    /// <typeparam name="TCell">The cell metric.</typeparam>
    /// <typeparam name="TWriter">The writer.</typeparam>
    /// <param name="cells">The state.</param>
    /// <param name="field">The state field's name.</param>
    /// <param name="writer">The writer.</param>
    public static void WriteState<TCell, TWriter>(MetricCells<TCell> cells, string field, ref TWriter writer)
        where TCell : struct, IPersistentMetric<TCell>
        where TWriter : IMetricStateWriter, allows ref struct
    {
        writer.Whole(field, cells.Length);
        for (var j = 0; j < cells.Length; j++)
        {
            var prefixed = new PrefixedStateWriter<TWriter>(writer, Prefix(field, j));
            PersistentVisits.WriteState(cells[j], ref prefixed);
            writer = prefixed.Inner;
        }
    }

    /// <summary>Reads what <see cref="WriteState"/> wrote into cells made from <paramref name="template"/>.</summary>
    /// <typeparam name="TCell">The cell metric.</typeparam>
    /// <typeparam name="TReader">The reader.</typeparam>
    /// <param name="reader">The reader.</param>
    /// <param name="field">The state field's name.</param>
    /// <param name="template">An empty cell with the metric's parameters.</param>
    /// <param name="declared">The declared number of cells, or 0 when the first batch fixes it.</param>
    /// <param name="metricName">The metric's name, in messages.</param>
    /// <param name="parameterText">The metric's parameters, in messages.</param>
    /// <param name="noun">What a cell is, in messages.</param>
    /// <exception cref="ArgumentException">The stored number of cells is negative, too large, or not the declared one.</exception>
    public static MetricCells<TCell> ReadState<TCell, TReader>(ref TReader reader, string field, in TCell template, int declared, string metricName, string parameterText, string noun)
        where TCell : struct, IPersistentMetric<TCell>
        where TReader : IMetricStateReader, allows ref struct
    {
        var count = reader.Whole(field);
        if (count < 0 || count > Array.MaxLength || (declared > 0 && count != 0 && count != declared))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{metricName} cannot hold {count} {noun}s ({parameterText})."),
                nameof(reader));
        }

        // Grown as cells are read, so that a count beyond what the input holds fails on the input, not on an allocation.
        var cells = new List<TCell>();
        for (var j = 0; j < count; j++)
        {
            var prefixed = new PrefixedStateReader<TReader>(reader, Prefix(field, j));
            var cell = template.Empty();
            PersistentVisits.ReadState(ref cell, ref prefixed);
            reader = prefixed.Inner;
            cells.Add(cell);
        }

        return count == 0 ? default : new MetricCells<TCell>([.. cells]);
    }

    private static string Prefix(string field, int j) => string.Create(CultureInfo.InvariantCulture, $"{field}[{j}].");
}
