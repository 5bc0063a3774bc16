using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Metrics.Kernels;

/// <summary>
/// The batch updates of per-column metrics (<see cref="CellsAttribute"/>), which their generated overloads call:
/// validate a <c>[rows, columns]</c> batch of (label, prediction) pairs, then hand each column, with the rows' mask and
/// weights, to that column's cell through the cell metric's own untyped update, so the arithmetic, masking and
/// weighting are the cell metric's. Everything this kernel checks is checked before the first cell changes, and a column the cell metric refuses leaves
/// every cell as it was.
/// </summary>
public static partial class CellKernel
{
    /// <summary>Adds a row-major <c>[rows, columns]</c> batch to the cells, one column per cell.</summary>
    /// <typeparam name="TCell">The cell metric.</typeparam>
    /// <typeparam name="T">The element type (<see cref="float"/> or <see cref="double"/>).</typeparam>
    /// <param name="cells">The cells, created from <paramref name="template"/> by the first batch that keeps a row.</param>
    /// <param name="template">An empty cell with the metric's parameters.</param>
    /// <param name="declared">The declared number of cells, or 0 when the first batch fixes it.</param>
    /// <param name="noun">What a cell is, in messages (<c>output</c>).</param>
    /// <param name="labels">The labels, row-major.</param>
    /// <param name="predictions">The predictions, the same shape.</param>
    /// <param name="columns">The row length.</param>
    /// <param name="mask">Which rows to include, when <paramref name="hasMask"/>.</param>
    /// <param name="hasMask">Whether a mask was given.</param>
    /// <param name="weights">One weight per row, when <paramref name="hasWeights"/>.</param>
    /// <param name="hasWeights">Whether weights were given.</param>
    /// <param name="columnsFrom">The argument that carries the column count: <c>columns</c> for spans, else the labels.</param>
    public static void RowPairs<TCell, T>(
        ref MetricCells<TCell> cells, in TCell template, int declared, string noun,
        ReadOnlySpan<T> labels, ReadOnlySpan<T> predictions, int columns, ReadOnlySpan<bool> mask, bool hasMask, ReadOnlySpan<T> weights, bool hasWeights,
        string columnsFrom = "columns")
        where TCell : struct, IRegistrableMetric<TCell>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var rows = MetricGuard.RowPairBatch(labels.Length, predictions.Length, columns);
        var expected = cells.IsEmpty ? declared : cells.Length;
        if (expected > 0 && columns != expected)
        {
            throw new ArgumentException(
                columnsFrom == "columns"
                    ? string.Create(CultureInfo.InvariantCulture, $"'columns' is {columns} but the metric has {expected} {noun}s.")
                    : string.Create(CultureInfo.InvariantCulture, $"'{columnsFrom}' has {columns} {noun} columns but the metric has {expected} {noun}s."),
                columnsFrom);
        }

        if (hasMask)
        {
            MetricGuard.Length(rows, "rows of labels", mask.Length, nameof(mask));
        }

        if (hasWeights)
        {
            MetricGuard.Length(rows, "rows of labels", weights.Length, nameof(weights));
            MetricGuard.Weights(weights, nameof(weights));
        }

        if (rows == 0)
        {
            return;
        }

        // The cell metric's own update may still refuse a column (its guards are its own), so existing cells are
        // updated on a pooled copy and written back only when every column was accepted.
        var live = cells.Cells;
        var states = live is null ? Fresh(template, columns) : ArrayPool<TCell>.Shared.Rent(columns);
        live?.CopyTo(states, 0);
        var widened = typeof(T) == typeof(double) || !hasWeights ? 0 : rows;
        var buffer = ArrayPool<double>.Shared.Rent((2 * rows) + widened);
        try
        {
            var y = buffer.AsSpan(0, rows);
            var p = buffer.AsSpan(rows, rows);
            var w = typeof(T) == typeof(double) ? MemoryMarshal.Cast<T, double>(weights) : Widen(weights, buffer.AsSpan(2 * rows, widened));
            for (var j = 0; j < columns; j++)
            {
                Gather(labels, columns, j, y);
                Gather(predictions, columns, j, p);
                var batch = new MetricBatch(y, p);
                batch = hasMask ? batch.WithMask(mask) : batch;
                batch = hasWeights ? batch.WithWeights(w) : batch;
                states[j].Update(batch);
            }

            if (live is not null)
            {
                states.AsSpan(0, columns).CopyTo(live);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
            if (live is not null)
            {
                ArrayPool<TCell>.Shared.Return(states, RuntimeHelpers.IsReferenceOrContainsReferences<TCell>());
            }
        }

        // A first batch that keeps no row leaves the metric as it was: without cells.
        if (cells.IsEmpty && !EqualityComparer<TCell>.Default.Equals(states[0], template))
        {
            cells = new MetricCells<TCell>(states);
        }
    }

    /// <summary>Adds a <c>[rows, columns]</c> batch of two-dimensional arrays to the cells.</summary>
    /// <typeparam name="TCell">The cell metric.</typeparam>
    /// <typeparam name="T">The element type (<see cref="float"/> or <see cref="double"/>).</typeparam>
    /// <param name="cells">The cells.</param>
    /// <param name="template">An empty cell with the metric's parameters.</param>
    /// <param name="declared">The declared number of cells, or 0 when the first batch fixes it.</param>
    /// <param name="noun">What a cell is, in messages.</param>
    /// <param name="labels">The labels, <c>[rows, columns]</c>.</param>
    /// <param name="predictions">The predictions, the same shape.</param>
    /// <param name="mask">Which rows to include (null: all).</param>
    /// <param name="weights">One weight per row (null: all 1).</param>
    public static void Arrays<TCell, T>(ref MetricCells<TCell> cells, in TCell template, int declared, string noun, T[,] labels, T[,] predictions, bool[]? mask, T[]? weights)
        where TCell : struct, IRegistrableMetric<TCell>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var columns = ArrayInput.Columns(labels, predictions);
        RowPairs(ref cells, template, declared, noun, ArrayInput.Flatten(labels), ArrayInput.Flatten(predictions), columns, mask, mask is not null, weights, weights is not null, nameof(labels));
    }

    /// <summary>Adds a <c>[..., columns]</c> batch of tensors to the cells: every index of the leading dimensions is a row.</summary>
    /// <typeparam name="TCell">The cell metric.</typeparam>
    /// <typeparam name="T">The element type (<see cref="float"/> or <see cref="double"/>).</typeparam>
    /// <param name="cells">The cells.</param>
    /// <param name="template">An empty cell with the metric's parameters.</param>
    /// <param name="declared">The declared number of cells, or 0 when the first batch fixes it.</param>
    /// <param name="noun">What a cell is, in messages.</param>
    /// <param name="labels">The labels, at least two dimensions.</param>
    /// <param name="predictions">The predictions, the same shape.</param>
    /// <param name="mask">Which rows to include, shaped as the leading dimensions, when <paramref name="hasMask"/>.</param>
    /// <param name="hasMask">Whether a mask was given.</param>
    /// <param name="weights">Weights shaped as the leading dimensions, when <paramref name="hasWeights"/>.</param>
    /// <param name="hasWeights">Whether weights were given.</param>
    public static void Tensors<TCell, T>(
        ref MetricCells<TCell> cells, in TCell template, int declared, string noun,
        in ReadOnlyTensorSpan<T> labels, in ReadOnlyTensorSpan<T> predictions, in ReadOnlyTensorSpan<bool> mask, bool hasMask, in ReadOnlyTensorSpan<T> weights, bool hasWeights)
        where TCell : struct, IRegistrableMetric<TCell>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (labels.Rank < 2)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"'labels' must be [rows, {noun}s] (at least two dimensions); it has {labels.Rank}."),
                nameof(labels));
        }

        TensorInput.RequireShape(predictions, nameof(predictions), labels.Lengths, nameof(labels));
        var rows = TensorInput.RowShape(labels);
        if (hasMask)
        {
            TensorInput.RequireShape(mask, nameof(mask), rows, "labels' rows");
        }

        if (hasWeights)
        {
            TensorInput.RequireShape(weights, nameof(weights), rows, "labels' rows");
        }

        using var labelsFlat = TensorInput.Flatten(labels);
        using var predictionsFlat = TensorInput.Flatten(predictions);
        using var maskFlat = TensorInput.Flatten(mask);
        using var weightsFlat = TensorInput.Flatten(weights);
        var columns = TensorInput.Columns(labels, nameof(labels));
        RowPairs(ref cells, template, declared, noun, labelsFlat.Span, predictionsFlat.Span, columns, maskFlat.Span, hasMask, weightsFlat.Span, hasWeights, nameof(labels));
    }

    /// <summary>
    /// Adds an untyped batch: a 2-D batch with a label row per row (one cell per column), or a 1-D batch of
    /// (label, prediction) pairs as one cell.
    /// </summary>
    /// <typeparam name="TCell">The cell metric.</typeparam>
    /// <param name="cells">The cells.</param>
    /// <param name="template">An empty cell with the metric's parameters.</param>
    /// <param name="declared">The declared number of cells, or 0 when the first batch fixes it.</param>
    /// <param name="noun">What a cell is, in messages.</param>
    /// <param name="batch">The batch; mask and weights per row.</param>
    /// <param name="metricName">The metric's name, in messages.</param>
    public static void Batch<TCell>(ref MetricCells<TCell> cells, in TCell template, int declared, string noun, in MetricBatch batch, string metricName)
        where TCell : struct, IRegistrableMetric<TCell>
    {
        if (batch.Columns > 0 && batch.Labels.Length != batch.Predictions.Length)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{metricName} takes a label row per prediction row; the batch has {batch.Labels.Length} labels for {batch.Predictions.Length} predictions in rows of {batch.Columns}."),
                nameof(batch));
        }

        RowPairs(ref cells, template, declared, noun, batch.Labels, batch.Predictions, Math.Max(batch.Columns, 1), batch.Mask, batch.HasMask, batch.Weights, batch.HasWeights, nameof(batch));
    }

    private static TCell[] Fresh<TCell>(in TCell template, int columns)
        where TCell : struct, IMetric<TCell>
    {
        var states = new TCell[columns];
        for (var j = 0; j < states.Length; j++)
        {
            states[j] = template.Empty();
        }

        return states;
    }

    private static void Gather<T>(ReadOnlySpan<T> rowMajor, int columns, int column, Span<double> destination)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = double.CreateTruncating(rowMajor[(i * columns) + column]);
        }
    }

    private static ReadOnlySpan<double> Widen<T>(ReadOnlySpan<T> weights, Span<double> destination)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = double.CreateTruncating(weights[i]);
        }

        return destination;
    }
}
