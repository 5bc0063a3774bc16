using System.Linq;
using Microsoft.Data.Analysis;

namespace Metrics.Data;

/// <summary>
/// The columns of a <see cref="DataFrame"/> (Microsoft.Data.Analysis), read in chunks: <c>double</c> labels, a single
/// <c>double</c> predictions column and <c>double</c> weights are viewed in the frame's own buffers without a copy;
/// other numeric types (and booleans as 0/1) are converted; a null in any mapped column masks its row out. The group
/// column holds strings or integers. A missing column or one of another type is a <see cref="DataFileException"/>.
/// </summary>
public sealed class DataFrameDataSource : MetricDataSource
{
    private readonly DataFrame _frame;

    /// <summary>Creates the source.</summary>
    /// <param name="frame">The data frame (read, never changed; do not change it during a read).</param>
    /// <param name="mapping">The columns.</param>
    /// <param name="name">The description used in messages.</param>
    /// <param name="chunkRows">The most rows per chunk.</param>
    public DataFrameDataSource(DataFrame frame, ColumnMapping mapping, string name = "DataFrame", int chunkRows = DefaultChunkRows)
        : base(name, mapping, chunkRows)
    {
        ArgumentNullException.ThrowIfNull(frame);
        _frame = frame;
    }

    /// <inheritdoc/>
    public override long ReadChunks(DataChunkAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        const string Number = "a number is needed";
        var labels = FrameColumnReader.Create(Find(Mapping.Labels, FrameColumnReader.IsNumeric, Number));
        var predictions = Mapping.Predictions.Select(p => FrameColumnReader.Create(Find(p, FrameColumnReader.IsNumeric, Number))).ToArray();
        var mask = Mapping.Mask is null ? null : FrameColumnReader.Create(Find(Mapping.Mask, FrameColumnReader.IsNumeric, "a mask is boolean or 0/1"));
        var weights = Mapping.Weights is null ? null : FrameColumnReader.Create(Find(Mapping.Weights, FrameColumnReader.IsNumeric, Number));
        var group = Mapping.Group is null
            ? null
            : Find(Mapping.Group, c => c is StringDataFrameColumn or ArrowStringDataFrameColumn || FrameColumnReader.IsInteger(c), "a group key is a string or an integer");

        var groupNumbers = group is not null && FrameColumnReader.IsInteger(group) ? FrameColumnReader.Create(group) : null;
        var rows = _frame.Rows.Count;
        if (rows == 0)
        {
            throw new DataFileException(Name, null, null, "the data frame has no rows");
        }

        var buffers = new ChunkBuffers(Mapping, (int)Math.Min(ChunkRows, rows));
        var groups = group is null ? null : new GroupKeys();
        for (long start = 0; start < rows; start += ChunkRows)
        {
            var count = (int)Math.Min(ChunkRows, rows - start);
            var valid = buffers.Mask.AsSpan(0, count);
            valid.Fill(true);
            var anyNull = labels.MaskNulls(start, count, valid);
            var labelSpan = labels.Read(start, count, buffers.Labels, 0, 1);
            ReadOnlySpan<double> predictionSpan;
            if (predictions.Length == 1)
            {
                anyNull |= predictions[0].MaskNulls(start, count, valid);
                predictionSpan = predictions[0].Read(start, count, buffers.Predictions, 0, 1);
            }
            else
            {
                for (var p = 0; p < predictions.Length; p++)
                {
                    anyNull |= predictions[p].MaskNulls(start, count, valid);
                    predictions[p].Read(start, count, buffers.Predictions, p, buffers.Width);
                }

                predictionSpan = buffers.Predictions.AsSpan(0, count * buffers.Width);
            }

            ReadOnlySpan<double> weightSpan = default;
            if (weights is not null)
            {
                anyNull |= weights.MaskNulls(start, count, valid);
                weightSpan = weights.Read(start, count, buffers.Weights, 0, 1);
            }

            if (mask is not null)
            {
                ApplyMask(mask, start, count, buffers.Scratch, valid);
            }

            if (group is not null)
            {
                anyNull |= ReadGroups(group, groupNumbers, start, count, buffers.Groups, groups!, buffers.Scratch, valid);
            }

            action(new DataChunk(
                Name,
                start,
                labelSpan,
                predictionSpan,
                Mapping.PredictionColumns,
                valid,
                mask is not null || anyNull,
                weightSpan,
                weights is not null,
                group is null ? default : buffers.Groups.AsSpan(0, count),
                groups?.Names));
        }

        return rows;
    }

    private static bool MaskNulls(DataFrameColumn column, long start, int count, Span<bool> valid)
    {
        var any = false;
        for (var i = 0; column.NullCount > 0 && i < count; i++)
        {
            if (!column.IsValid(start + i))
            {
                valid[i] = false;
                any = true;
            }
        }

        return any;
    }

    private DataFrameColumn Find(string name, Func<DataFrameColumn, bool> accepts, string needed)
    {
        var index = _frame.Columns.IndexOf(name);
        if (index < 0)
        {
            throw new DataFileException(Name, null, name, $"no such column; the columns are {string.Join(", ", _frame.Columns.Select(c => c.Name))}");
        }

        var column = _frame.Columns[index];
        return accepts(column)
            ? column
            : throw new DataFileException(Name, null, name, $"the column has type {column.DataType.Name}; {needed}");
    }

    private void ApplyMask(FrameColumnReader reader, long start, int count, double[] scratch, Span<bool> valid)
    {
        var column = reader.Column;
        var nulls = column.NullCount > 0;
        var values = reader.Read(start, count, scratch, 0, 1);
        for (var i = 0; i < count; i++)
        {
            if (nulls && !column.IsValid(start + i))
            {
                valid[i] = false;
                continue;
            }

            valid[i] &= values[i] switch
            {
                1 => true,
                0 => false,
                var other => throw new DataFileException(Name, start + i + 1, Mapping.Mask, $"{other} is not a mask value (true, false, 1 or 0)"),
            };
        }
    }

    private static bool ReadGroups(DataFrameColumn column, FrameColumnReader? numbersReader, long start, int count, int[] destination, GroupKeys groups, double[] scratch, Span<bool> valid)
    {
        var anyNull = MaskNulls(column, start, count, valid);
        if (column is StringDataFrameColumn or ArrowStringDataFrameColumn)
        {
            for (var i = 0; i < count; i++)
            {
                destination[i] = column[start + i] is string key ? groups.IndexOf(key) : -1;
            }

            return anyNull;
        }

        var numbers = numbersReader!.Read(start, count, scratch, 0, 1);
        for (var i = 0; i < count; i++)
        {
            destination[i] = valid[i] || column.IsValid(start + i) ? groups.IndexOf((long)numbers[i]) : -1;
        }

        return anyNull;
    }
}
