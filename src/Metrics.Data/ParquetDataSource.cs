using System.IO;
using System.Linq;
using System.Numerics;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Metrics.Data;

/// <summary>
/// A Parquet file read with Parquet.Net, row group by row group: numeric columns (any integer or floating-point
/// type, or booleans as 0/1) become <see cref="double"/>s, a null in any mapped column masks its row out, the mask
/// column is boolean or 0/1, the group column strings or integers. A missing column or one of another type (a
/// string where a number is needed, a list) is a <see cref="DataFileException"/>. Memory is bounded by the largest
/// row group, not by the file.
/// </summary>
public sealed class ParquetDataSource : MetricDataSource
{
    /// <summary>Creates the source (the file is opened by each read).</summary>
    /// <param name="path">The file.</param>
    /// <param name="mapping">The columns.</param>
    /// <param name="chunkRows">The most rows per chunk.</param>
    public ParquetDataSource(string path, ColumnMapping mapping, int chunkRows = DefaultChunkRows)
        : base(path, mapping, chunkRows)
    {
    }

    /// <inheritdoc/>
    public override long ReadChunks(DataChunkAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return ReadAsync(action).GetAwaiter().GetResult();
    }

    private async Task<long> ReadAsync(DataChunkAction action)
    {
        if (new FileInfo(Name) is { Exists: true, Length: 0 })
        {
            throw new DataFileException(Name, null, null, "the file is empty (not a Parquet file)");
        }

        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(Name).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException and not FileNotFoundException and not DirectoryNotFoundException or InvalidDataException)
        {
            throw new DataFileException(Name, null, null, $"not a readable Parquet file ({e.Message})", e);
        }

        await using (reader.ConfigureAwait(false))
        {
            var fields = Fields(reader.Schema);
            var buffers = new ChunkBuffers(Mapping, ChunkRows);
            var scratch = new ParquetScratch();
            var groups = Mapping.Group is null ? null : new GroupKeys();
            long rowsRead = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var rowGroup = reader.OpenRowGroupReader(g);
                var rows = checked((int)rowGroup.RowCount);
                buffers.EnsureCapacity(rows);
                buffers.Mask.AsSpan(0, rows).Fill(true);
                var anyNull = false;
                anyNull |= await ReadNumbers(rowGroup, fields.Labels, rows, buffers.Labels, 0, 1, buffers.Mask, scratch).ConfigureAwait(false);
                for (var p = 0; p < fields.Predictions.Length; p++)
                {
                    anyNull |= await ReadNumbers(rowGroup, fields.Predictions[p], rows, buffers.Predictions, p, buffers.Width, buffers.Mask, scratch).ConfigureAwait(false);
                }

                if (fields.Mask is not null)
                {
                    anyNull |= await ReadMask(rowGroup, fields.Mask, rows, buffers, scratch, rowsRead).ConfigureAwait(false);
                }

                if (fields.Weights is not null)
                {
                    anyNull |= await ReadNumbers(rowGroup, fields.Weights, rows, buffers.Weights, 0, 1, buffers.Mask, scratch).ConfigureAwait(false);
                }

                if (fields.Group is not null)
                {
                    anyNull |= await ReadGroups(rowGroup, fields.Group, rows, buffers, groups!, scratch).ConfigureAwait(false);
                }

                Emit(action, buffers, rowsRead, rows, fields.Mask is not null || anyNull, groups);
                rowsRead += rows;
            }

            if (rowsRead == 0)
            {
                throw new DataFileException(Name, null, null, "the file has no rows");
            }

            return rowsRead;
        }
    }

    private void Emit(DataChunkAction action, ChunkBuffers buffers, long firstRow, int rows, bool hasMask, GroupKeys? groups)
    {
        for (var offset = 0; offset < rows; offset += ChunkRows)
        {
            action(buffers.Chunk(Name, firstRow + offset, offset, Math.Min(ChunkRows, rows - offset), hasMask, groups));
        }
    }

    private MappedFields Fields(ParquetSchema schema)
    {
        var all = schema.GetDataFields();
        DataField Find(string column)
        {
            var field = all.FirstOrDefault(f => f.Name == column)
                ?? throw new DataFileException(Name, null, column, $"no such column; the columns are {string.Join(", ", all.Select(f => f.Name))}");
            if (field.IsArray)
            {
                throw new DataFileException(Name, null, column, "the column holds lists; one value per row is needed");
            }

            return field;
        }

        DataField Numeric(string column)
        {
            var field = Find(column);
            return ParquetScratch.IsNumeric(field.ClrType)
                ? field
                : throw new DataFileException(Name, null, column, $"the column has type {field.ClrType.Name}; a number is needed");
        }

        DataField? Group(string? column)
        {
            if (column is null)
            {
                return null;
            }

            var field = Find(column);
            return IsText(field) || ParquetScratch.IsInteger(field.ClrType)
                ? field
                : throw new DataFileException(Name, null, column, $"the column has type {field.ClrType.Name}; a group key is a string or an integer");
        }

        return new MappedFields(
            Numeric(Mapping.Labels),
            Mapping.Predictions.Select(Numeric).ToArray(),
            Mapping.Mask is null ? null : Numeric(Mapping.Mask),
            Mapping.Weights is null ? null : Numeric(Mapping.Weights),
            Group(Mapping.Group));
    }

    private static async Task<bool> ReadNumbers(
        ParquetRowGroupReader rowGroup,
        DataField field,
        int rows,
        double[] destination,
        int offset,
        int stride,
        bool[] valid,
        ParquetScratch scratch)
    {
        return field.ClrType switch
        {
            var t when t == typeof(double) => await Read<double>(rowGroup, field, rows, destination, offset, stride, valid, scratch).ConfigureAwait(false),
            var t when t == typeof(float) => await Read<float>(rowGroup, field, rows, destination, offset, stride, valid, scratch).ConfigureAwait(false),
            var t when t == typeof(long) => await Read<long>(rowGroup, field, rows, destination, offset, stride, valid, scratch).ConfigureAwait(false),
            var t when t == typeof(int) => await Read<int>(rowGroup, field, rows, destination, offset, stride, valid, scratch).ConfigureAwait(false),
            var t when t == typeof(short) => await Read<short>(rowGroup, field, rows, destination, offset, stride, valid, scratch).ConfigureAwait(false),
            var t when t == typeof(sbyte) => await Read<sbyte>(rowGroup, field, rows, destination, offset, stride, valid, scratch).ConfigureAwait(false),
            var t when t == typeof(ulong) => await Read<ulong>(rowGroup, field, rows, destination, offset, stride, valid, scratch).ConfigureAwait(false),
            var t when t == typeof(uint) => await Read<uint>(rowGroup, field, rows, destination, offset, stride, valid, scratch).ConfigureAwait(false),
            var t when t == typeof(ushort) => await Read<ushort>(rowGroup, field, rows, destination, offset, stride, valid, scratch).ConfigureAwait(false),
            var t when t == typeof(byte) => await Read<byte>(rowGroup, field, rows, destination, offset, stride, valid, scratch).ConfigureAwait(false),
            _ => await ReadBooleans(rowGroup, field, rows, destination, offset, stride, valid, scratch).ConfigureAwait(false),
        };
    }

    private static async Task<bool> Read<T>(
        ParquetRowGroupReader rowGroup, DataField field, int rows, double[] destination, int offset, int stride, bool[] valid, ParquetScratch scratch)
        where T : struct, INumberBase<T>
    {
        if (!field.IsNullable)
        {
            var values = scratch.Get<T>(rows);
            await rowGroup.ReadAsync<T>(field, values.AsMemory(0, rows)).ConfigureAwait(false);
            for (var i = 0; i < rows; i++)
            {
                destination[(i * stride) + offset] = double.CreateTruncating(values[i]);
            }

            return false;
        }

        var nullable = scratch.Get<T?>(rows);
        await rowGroup.ReadAsync<T>(field, nullable.AsMemory(0, rows)).ConfigureAwait(false);
        var anyNull = false;
        for (var i = 0; i < rows; i++)
        {
            if (nullable[i] is { } value)
            {
                destination[(i * stride) + offset] = double.CreateTruncating(value);
            }
            else
            {
                destination[(i * stride) + offset] = 0;
                valid[i] = false;
                anyNull = true;
            }
        }

        return anyNull;
    }

    private static async Task<bool> ReadBooleans(
        ParquetRowGroupReader rowGroup, DataField field, int rows, double[] destination, int offset, int stride, bool[] valid, ParquetScratch scratch)
    {
        var nullable = scratch.Get<bool?>(rows);
        if (field.IsNullable)
        {
            await rowGroup.ReadAsync<bool>(field, nullable.AsMemory(0, rows)).ConfigureAwait(false);
        }
        else
        {
            var values = scratch.Get<bool>(rows);
            await rowGroup.ReadAsync<bool>(field, values.AsMemory(0, rows)).ConfigureAwait(false);
            for (var i = 0; i < rows; i++)
            {
                nullable[i] = values[i];
            }
        }

        var anyNull = false;
        for (var i = 0; i < rows; i++)
        {
            if (nullable[i] is { } value)
            {
                destination[(i * stride) + offset] = value ? 1 : 0;
            }
            else
            {
                destination[(i * stride) + offset] = 0;
                valid[i] = false;
                anyNull = true;
            }
        }

        return anyNull;
    }

    private async Task<bool> ReadMask(ParquetRowGroupReader rowGroup, DataField field, int rows, ChunkBuffers buffers, ParquetScratch scratch, long firstRow)
    {
        var values = scratch.GetMaskValues(rows);
        var flags = scratch.GetMaskValidity(rows);
        flags.AsSpan(0, rows).Fill(true);
        var anyNull = await ReadNumbers(rowGroup, field, rows, values, 0, 1, flags, scratch).ConfigureAwait(false);
        for (var i = 0; i < rows; i++)
        {
            if (!flags[i])
            {
                buffers.Mask[i] = false;
                continue;
            }

            buffers.Mask[i] &= values[i] switch
            {
                1 => true,
                0 => false,
                var other => throw new DataFileException(Name, firstRow + i + 1, Mapping.Mask, $"{other} is not a mask value (true, false, 1 or 0)"),
            };
        }

        return anyNull;
    }

    private static async Task<bool> ReadGroups(ParquetRowGroupReader rowGroup, DataField field, int rows, ChunkBuffers buffers, GroupKeys groups, ParquetScratch scratch)
    {
        var anyNull = false;
        if (IsText(field))
        {
            var keys = scratch.Get<string?>(rows);
            await rowGroup.ReadAsync(field, keys.AsMemory(0, rows)).ConfigureAwait(false);
            for (var i = 0; i < rows; i++)
            {
                if (keys[i] is { } key)
                {
                    buffers.Groups[i] = groups.IndexOf(key);
                }
                else
                {
                    buffers.Groups[i] = -1;
                    buffers.Mask[i] = false;
                    anyNull = true;
                }
            }

            return anyNull;
        }

        var numbers = scratch.GetMaskValues(rows);
        var valid = scratch.GetMaskValidity(rows);
        valid.AsSpan(0, rows).Fill(true);
        anyNull = await ReadNumbers(rowGroup, field, rows, numbers, 0, 1, valid, scratch).ConfigureAwait(false);
        for (var i = 0; i < rows; i++)
        {
            if (valid[i])
            {
                buffers.Groups[i] = groups.IndexOf((long)numbers[i]);
            }
            else
            {
                buffers.Groups[i] = -1;
                buffers.Mask[i] = false;
            }
        }

        return anyNull;
    }

    private static bool IsText(DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    private sealed record MappedFields(DataField Labels, DataField[] Predictions, DataField? Mask, DataField? Weights, DataField? Group);
}
