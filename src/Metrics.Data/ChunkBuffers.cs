namespace Metrics.Data;

/// <summary>
/// The reusable arrays a reader fills for one chunk: allocated once per read (grown only for a larger Parquet row
/// group), so memory does not grow with the number of rows.
/// </summary>
internal sealed class ChunkBuffers
{
    public ChunkBuffers(ColumnMapping mapping, int capacity)
    {
        Mapping = mapping;
        Width = Math.Max(1, mapping.PredictionColumns);
        Labels = [];
        Predictions = [];
        Mask = [];
        Weights = [];
        Groups = [];
        Scratch = [];
        EnsureCapacity(capacity);
    }

    public ColumnMapping Mapping { get; }

    /// <summary>Predictions per row (1 for a single predictions column).</summary>
    public int Width { get; }

    public double[] Labels { get; private set; }

    public double[] Predictions { get; private set; }

    public bool[] Mask { get; private set; }

    public double[] Weights { get; private set; }

    public int[] Groups { get; private set; }

    /// <summary>A column's values on their way to a mask or group index.</summary>
    public double[] Scratch { get; private set; }

    public int Capacity => Labels.Length;

    public void EnsureCapacity(int rows)
    {
        if (rows <= Labels.Length)
        {
            return;
        }

        Labels = new double[rows];
        Predictions = new double[rows * Width];
        Mask = new bool[rows];
        Weights = Mapping.Weights is null ? [] : new double[rows];
        Groups = Mapping.Group is null ? [] : new int[rows];
        Scratch = Mapping.Mask is null && Mapping.Group is null ? [] : new double[rows];
    }

    /// <summary>The chunk of the first <paramref name="rows"/> rows of the buffers.</summary>
    public DataChunk Chunk(string source, long firstRow, int rows, bool hasMask, GroupKeys? groups) =>
        Chunk(source, firstRow, 0, rows, hasMask, groups);

    /// <summary>The chunk of <paramref name="rows"/> rows of the buffers from <paramref name="offset"/>.</summary>
    public DataChunk Chunk(string source, long firstRow, int offset, int rows, bool hasMask, GroupKeys? groups) => new(
        source,
        firstRow,
        Labels.AsSpan(offset, rows),
        Predictions.AsSpan(offset * Width, rows * Width),
        Mapping.PredictionColumns,
        Mask.AsSpan(offset, rows),
        hasMask,
        Mapping.Weights is null ? default : Weights.AsSpan(offset, rows),
        Mapping.Weights is not null,
        Mapping.Group is null ? default : Groups.AsSpan(offset, rows),
        groups?.Names);
}
