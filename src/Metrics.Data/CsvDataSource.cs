using System.IO;
using Sylvan.Data.Csv;

namespace Metrics.Data;

/// <summary>
/// A CSV file with a header row, read with Sylvan.Data.Csv in invariant culture. Every mapped cell must hold a
/// number (the mask: <c>true</c>/<c>false</c>/<c>1</c>/<c>0</c>; the group: any text); an empty or non-numeric cell,
/// a row with more or fewer fields than the header, a missing column or an empty file is a
/// <see cref="DataFileException"/> naming the row as a spreadsheet counts it (the header is row 1).
/// </summary>
public sealed class CsvDataSource : MetricDataSource
{
    /// <summary>Creates the source (the file is opened by each read).</summary>
    /// <param name="path">The file.</param>
    /// <param name="mapping">The columns.</param>
    /// <param name="delimiter">The field delimiter.</param>
    /// <param name="chunkRows">The most rows per chunk.</param>
    public CsvDataSource(string path, ColumnMapping mapping, char delimiter = ',', int chunkRows = DefaultChunkRows)
        : base(path, mapping, chunkRows)
    {
        Delimiter = delimiter;
    }

    /// <summary>The field delimiter.</summary>
    public char Delimiter { get; }

    /// <inheritdoc/>
    public override long ReadChunks(DataChunkAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        using var reader = OpenReader();
        var ordinals = Ordinals(reader);
        var buffers = new ChunkBuffers(Mapping, ChunkRows);
        var groups = Mapping.Group is null ? null : new GroupKeys();
        long rowsRead = 0;
        var fill = 0;
        while (true)
        {
            bool more;
            try
            {
                more = reader.Read();
            }
            catch (Exception e) when (e is CsvFormatException or IOException)
            {
                throw new DataFileException(Name, rowsRead + 2, null, $"the CSV is malformed ({e.Message})", e);
            }

            if (!more)
            {
                break;
            }

            ReadRow(reader, ordinals, buffers, groups, fill, rowsRead + 2);
            fill++;
            rowsRead++;
            if (fill == ChunkRows)
            {
                action(buffers.Chunk(Name, rowsRead - fill, fill, Mapping.Mask is not null, groups));
                fill = 0;
            }
        }

        if (fill > 0)
        {
            action(buffers.Chunk(Name, rowsRead - fill, fill, Mapping.Mask is not null, groups));
        }

        if (rowsRead == 0)
        {
            throw new DataFileException(Name, null, null, "the file has a header row but no data rows");
        }

        return rowsRead;
    }

    private CsvDataReader OpenReader()
    {
        if (new FileInfo(Name) is { Exists: true, Length: 0 })
        {
            throw new DataFileException(Name, null, null, "the file is empty (no header row, no data)");
        }

        try
        {
            return CsvDataReader.Create(Name, new CsvDataReaderOptions { HasHeaders = true, Delimiter = Delimiter });
        }
        catch (Exception e) when (e is CsvFormatException or CsvMissingHeadersException)
        {
            throw new DataFileException(Name, 1, null, $"the header row cannot be read ({e.Message})", e);
        }
    }

    private Ordinal Ordinals(CsvDataReader reader)
    {
        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            header.TryAdd(reader.GetName(i), i);
        }

        int Find(string column) => header.TryGetValue(column, out var i)
            ? i
            : throw new DataFileException(
                Name,
                1,
                column,
                $"no such column in the header; the columns are {string.Join(", ", header.Keys)}");

        var predictions = new int[Mapping.Predictions.Count];
        for (var p = 0; p < predictions.Length; p++)
        {
            predictions[p] = Find(Mapping.Predictions[p]);
        }

        return new Ordinal(
            reader.FieldCount,
            Find(Mapping.Labels),
            predictions,
            Mapping.Mask is null ? -1 : Find(Mapping.Mask),
            Mapping.Weights is null ? -1 : Find(Mapping.Weights),
            Mapping.Group is null ? -1 : Find(Mapping.Group));
    }

    private void ReadRow(CsvDataReader reader, Ordinal ordinals, ChunkBuffers buffers, GroupKeys? groups, int at, long row)
    {
        if (reader.RowFieldCount != ordinals.Fields)
        {
            throw new DataFileException(
                Name,
                row,
                null,
                $"the row has {reader.RowFieldCount} fields and the header {ordinals.Fields}");
        }

        buffers.Labels[at] = Number(reader, ordinals.Labels, Mapping.Labels, row);
        var width = buffers.Width;
        for (var p = 0; p < ordinals.Predictions.Length; p++)
        {
            buffers.Predictions[(at * width) + p] = Number(reader, ordinals.Predictions[p], Mapping.Predictions[p], row);
        }

        if (ordinals.Mask >= 0)
        {
            var text = reader.GetFieldSpan(ordinals.Mask);
            buffers.Mask[at] = CellParsing.TryFlag(text, out var flag)
                ? flag
                : throw new DataFileException(Name, row, Mapping.Mask, $"{CellParsing.Shown(text)} is not a mask value (true, false, 1 or 0)");
        }

        if (ordinals.Weights >= 0)
        {
            buffers.Weights[at] = Number(reader, ordinals.Weights, Mapping.Weights!, row);
        }

        if (groups is not null)
        {
            buffers.Groups[at] = groups.IndexOf(reader.GetFieldSpan(ordinals.Group));
        }
    }

    private double Number(CsvDataReader reader, int ordinal, string column, long row)
    {
        var text = reader.GetFieldSpan(ordinal);
        if (CellParsing.TryNumber(text, out var value))
        {
            return value;
        }

        throw new DataFileException(
            Name,
            row,
            column,
            text.IsWhiteSpace() ? "the cell is empty; a number is needed" : $"{CellParsing.Shown(text)} is not a number");
    }

    private sealed record Ordinal(int Fields, int Labels, int[] Predictions, int Mask, int Weights, int Group);
}
