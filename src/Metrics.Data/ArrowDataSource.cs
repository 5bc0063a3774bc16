using System.IO;
using System.Linq;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;

namespace Metrics.Data;

/// <summary>
/// An Arrow IPC file (Feather v2 is this format) or stream, read with Apache.Arrow record batch by record batch:
/// numeric columns of any integer or floating-point type (or booleans as 0/1) become <see cref="double"/>s, without a
/// copy for <c>double</c> labels, a single <c>double</c> predictions column and <c>double</c> weights; a null in any
/// mapped column's validity bitmap masks its row out. A missing column or one of another type is a
/// <see cref="DataFileException"/>.
/// </summary>
public sealed class ArrowDataSource : MetricDataSource
{
    private static readonly byte[] FileMagic = "ARROW1"u8.ToArray();

    /// <summary>Creates the source (the file is opened by each read; file or stream format is told by the file's magic).</summary>
    /// <param name="path">The file.</param>
    /// <param name="mapping">The columns.</param>
    /// <param name="chunkRows">The most rows per chunk.</param>
    public ArrowDataSource(string path, ColumnMapping mapping, int chunkRows = DefaultChunkRows)
        : base(path, mapping, chunkRows)
    {
    }

    /// <inheritdoc/>
    public override long ReadChunks(DataChunkAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        using var stream = File.OpenRead(Name);
        if (stream.Length == 0)
        {
            throw new DataFileException(Name, null, null, "the file is empty (not an Arrow file or stream)");
        }

        using var reader = OpenReader(stream);
        var columns = Columns(Guard(() => reader.Schema));
        var buffers = new ChunkBuffers(Mapping, ChunkRows);
        var groups = Mapping.Group is null ? null : new GroupKeys();
        long rowsRead = 0;
        while (Guard(reader.ReadNextRecordBatch) is { } batch)
        {
            using (batch)
            {
                for (var start = 0; start < batch.Length; start += ChunkRows)
                {
                    var count = Math.Min(ChunkRows, batch.Length - start);
                    Emit(action, batch, columns, start, count, rowsRead + start, buffers, groups);
                }

                rowsRead += batch.Length;
            }
        }

        if (rowsRead == 0)
        {
            throw new DataFileException(Name, null, null, "the file has no rows");
        }

        return rowsRead;
    }

    private static bool IsFormatProblem(Exception e) =>
        e is IOException or InvalidDataException or InvalidOperationException or ArgumentException or FormatException
            or OverflowException or IndexOutOfRangeException or NotSupportedException;

    private ArrowStreamReader OpenReader(FileStream stream)
    {
        Span<byte> magic = stackalloc byte[FileMagic.Length];
        var isFile = stream.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false) == magic.Length && magic.SequenceEqual(FileMagic);
        stream.Position = 0;
        return Guard<ArrowStreamReader>(() => isFile ? new ArrowFileReader(stream, leaveOpen: true) : new ArrowStreamReader(stream, leaveOpen: true));
    }

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (IsFormatProblem(e))
        {
            throw new DataFileException(Name, null, null, $"not a readable Arrow file or stream ({e.Message})", e);
        }
    }

    private MappedColumns Columns(Schema schema)
    {
        int Find(string column, Func<ArrowTypeId, bool> accepts, string needed)
        {
            var index = schema.FieldsList.ToList().FindIndex(f => f.Name == column);
            if (index < 0)
            {
                throw new DataFileException(Name, null, column, $"no such column; the columns are {string.Join(", ", schema.FieldsList.Select(f => f.Name))}");
            }

            var type = schema.GetFieldByIndex(index).DataType;
            return accepts(type.TypeId)
                ? index
                : throw new DataFileException(Name, null, column, $"the column has type {type.Name}; {needed}");
        }

        const string Number = "a number is needed";
        return new MappedColumns(
            Find(Mapping.Labels, ArrowColumns.IsNumeric, Number),
            Mapping.Predictions.Select(p => Find(p, ArrowColumns.IsNumeric, Number)).ToArray(),
            Mapping.Mask is null ? -1 : Find(Mapping.Mask, ArrowColumns.IsNumeric, "a mask is boolean or 0/1"),
            Mapping.Weights is null ? -1 : Find(Mapping.Weights, ArrowColumns.IsNumeric, Number),
            Mapping.Group is null ? -1 : Find(Mapping.Group, t => ArrowColumns.IsText(t) || ArrowColumns.IsInteger(t), "a group key is a string or an integer"));
    }

    private void Emit(DataChunkAction action, RecordBatch batch, MappedColumns columns, int start, int count, long firstRow, ChunkBuffers buffers, GroupKeys? groups)
    {
        var mask = buffers.Mask.AsSpan(0, count);
        mask.Fill(true);
        var anyNull = false;

        var labelsArray = batch.Column(columns.Labels);
        anyNull |= ArrowColumns.MaskNulls(labelsArray, start, count, mask);
        var labels = View(labelsArray, start, count, buffers.Labels);

        ReadOnlySpan<double> predictions;
        if (columns.Predictions.Length == 1)
        {
            var array = batch.Column(columns.Predictions[0]);
            anyNull |= ArrowColumns.MaskNulls(array, start, count, mask);
            predictions = View(array, start, count, buffers.Predictions);
        }
        else
        {
            for (var p = 0; p < columns.Predictions.Length; p++)
            {
                var array = batch.Column(columns.Predictions[p]);
                anyNull |= ArrowColumns.MaskNulls(array, start, count, mask);
                ArrowColumns.Copy(array, start, count, buffers.Predictions, p, buffers.Width);
            }

            predictions = buffers.Predictions.AsSpan(0, count * buffers.Width);
        }

        ReadOnlySpan<double> weights = default;
        if (columns.Weights >= 0)
        {
            var array = batch.Column(columns.Weights);
            anyNull |= ArrowColumns.MaskNulls(array, start, count, mask);
            weights = View(array, start, count, buffers.Weights);
        }

        if (columns.Mask >= 0)
        {
            ApplyMask(batch.Column(columns.Mask), start, count, firstRow, buffers, mask);
        }

        if (columns.Group >= 0)
        {
            anyNull |= ReadGroups(batch.Column(columns.Group), start, count, buffers.Groups, groups!, mask);
        }

        action(new DataChunk(
            Name,
            firstRow,
            labels,
            predictions,
            Mapping.PredictionColumns,
            mask,
            columns.Mask >= 0 || anyNull,
            weights,
            columns.Weights >= 0,
            columns.Group >= 0 ? buffers.Groups.AsSpan(0, count) : default,
            groups?.Names));
    }

    private static ReadOnlySpan<double> View(IArrowArray array, int start, int count, double[] buffer)
    {
        if (array is DoubleArray doubles)
        {
            return doubles.Values.Slice(start, count);
        }

        ArrowColumns.Copy(array, start, count, buffer, 0, 1);
        return buffer.AsSpan(0, count);
    }

    private void ApplyMask(IArrowArray array, int start, int count, long firstRow, ChunkBuffers buffers, Span<bool> mask)
    {
        ArrowColumns.MaskNulls(array, start, count, mask);
        if (array is BooleanArray flags)
        {
            for (var i = 0; i < count; i++)
            {
                mask[i] &= flags.GetValue(start + i) == true;
            }

            return;
        }

        var values = buffers.Scratch;
        ArrowColumns.Copy(array, start, count, values, 0, 1);
        for (var i = 0; i < count; i++)
        {
            if (!mask[i] && array.IsNull(start + i))
            {
                continue;
            }

            mask[i] &= values[i] switch
            {
                1 => true,
                0 => false,
                var other => throw new DataFileException(Name, firstRow + i + 1, Mapping.Mask, $"{other} is not a mask value (true, false, 1 or 0)"),
            };
        }
    }

    private static bool ReadGroups(IArrowArray array, int start, int count, int[] destination, GroupKeys groups, Span<bool> mask)
    {
        var anyNull = ArrowColumns.MaskNulls(array, start, count, mask);
        for (var i = 0; i < count; i++)
        {
            var row = start + i;
            destination[i] = array.IsNull(row) ? -1 : array switch
            {
                StringArray s => groups.IndexOfUtf8(s.GetBytes(row)),
                LargeStringArray s => groups.IndexOfUtf8(s.GetBytes(row)),
                StringViewArray s => groups.IndexOfUtf8(s.GetBytes(row)),
                Int8Array a => groups.IndexOf(a.Values[row]),
                Int16Array a => groups.IndexOf(a.Values[row]),
                Int32Array a => groups.IndexOf(a.Values[row]),
                Int64Array a => groups.IndexOf(a.Values[row]),
                UInt8Array a => groups.IndexOf(a.Values[row]),
                UInt16Array a => groups.IndexOf(a.Values[row]),
                UInt32Array a => groups.IndexOf(a.Values[row]),
                UInt64Array a => groups.IndexOf(checked((long)a.Values[row])),
                _ => throw new InvalidOperationException($"Arrow type {array.Data.DataType.TypeId} is not a group key."),
            };
        }

        return anyNull;
    }

    private sealed record MappedColumns(int Labels, int[] Predictions, int Mask, int Weights, int Group);
}
