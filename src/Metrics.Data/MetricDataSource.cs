using System.IO;

namespace Metrics.Data;

/// <summary>
/// Rows of labels and predictions somewhere (a CSV, Parquet or Arrow file, a data frame), read in chunks of at most
/// <see cref="ChunkRows"/> rows through a <see cref="ColumnMapping"/>. Each <see cref="ReadChunks"/> reads the
/// source from its start; a bad row stops the read with a <see cref="DataFileException"/>.
/// </summary>
public abstract class MetricDataSource
{
    /// <summary>The default chunk size: 64K rows.</summary>
    public const int DefaultChunkRows = 65536;

    /// <summary>Creates a source.</summary>
    /// <param name="name">The file path or a description, used in messages.</param>
    /// <param name="mapping">The columns.</param>
    /// <param name="chunkRows">The most rows per chunk.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chunkRows"/> is not positive.</exception>
    protected MetricDataSource(string name, ColumnMapping mapping, int chunkRows)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkRows);
        Name = name;
        Mapping = mapping;
        ChunkRows = chunkRows;
    }

    /// <summary>The file path or a description, used in messages.</summary>
    public string Name { get; }

    /// <summary>The columns read.</summary>
    public ColumnMapping Mapping { get; }

    /// <summary>The most rows per chunk.</summary>
    public int ChunkRows { get; }

    /// <summary>
    /// Opens a file by its extension: <c>.csv</c> (also <c>.txt</c>, <c>.tsv</c> with tabs), <c>.parquet</c>,
    /// <c>.arrow</c>, <c>.feather</c>, <c>.ipc</c> (Arrow IPC file, or stream when the file has no file magic) and
    /// <c>.arrows</c> (Arrow IPC stream).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="mapping">The columns.</param>
    /// <param name="chunkRows">The most rows per chunk.</param>
    /// <exception cref="ArgumentException">The extension names no known format.</exception>
    public static MetricDataSource Open(string path, ColumnMapping mapping, int chunkRows = DefaultChunkRows)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".CSV" or ".TXT" => new CsvDataSource(path, mapping, ',', chunkRows),
            ".TSV" => new CsvDataSource(path, mapping, '\t', chunkRows),
            ".PARQUET" or ".PQ" => new ParquetDataSource(path, mapping, chunkRows),
            ".ARROW" or ".FEATHER" or ".IPC" or ".ARROWS" => new ArrowDataSource(path, mapping, chunkRows),
            var other => throw new ArgumentException(
                $"'{path}': the extension '{other}' names no known format (.csv, .tsv, .parquet, .arrow, .feather, .ipc, .arrows).",
                nameof(path)),
        };
    }

    /// <summary>Reads the source from its start, calling <paramref name="action"/> with each chunk.</summary>
    /// <param name="action">The callback; the chunk's spans are valid only during the call.</param>
    /// <returns>The number of rows read (masked-out rows included).</returns>
    /// <exception cref="DataFileException">The source cannot be read as mapped; rows before the bad one were passed on, so discard what they updated.</exception>
    public abstract long ReadChunks(DataChunkAction action);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
