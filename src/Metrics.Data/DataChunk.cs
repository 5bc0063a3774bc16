namespace Metrics.Data;

/// <summary>
/// A run of consecutive rows of a source as typed spans: labels, predictions (1-D, or row-major with
/// <see cref="Columns"/> class scores per row), and the mask, weights and group indices when mapped. The spans are
/// valid only during the callback that receives the chunk: the reader reuses their buffers (or they view the
/// source's own buffers) for the next chunk.
/// </summary>
public readonly ref struct DataChunk
{
    private readonly MetricBatch _batch;

    internal DataChunk(
        string source,
        long firstRow,
        ReadOnlySpan<double> labels,
        ReadOnlySpan<double> predictions,
        int columns,
        ReadOnlySpan<bool> mask,
        bool hasMask,
        ReadOnlySpan<double> weights,
        bool hasWeights,
        ReadOnlySpan<int> groups,
        IReadOnlyList<string>? groupNames)
    {
        var batch = new MetricBatch(labels, predictions, columns);
        batch = hasMask ? batch.WithMask(mask) : batch;
        _batch = hasWeights ? batch.WithWeights(weights) : batch;
        Source = source;
        FirstRow = firstRow;
        Groups = groups;
        GroupNames = groupNames ?? [];
    }

    /// <summary>The file path or data frame description the rows come from.</summary>
    public string Source { get; }

    /// <summary>The 0-based index of the chunk's first data row in the source.</summary>
    public long FirstRow { get; }

    /// <summary>The number of rows.</summary>
    public int Rows => Labels.Length;

    /// <summary>One label per row.</summary>
    public ReadOnlySpan<double> Labels => _batch.Labels;

    /// <summary>One prediction per row, or <see cref="Columns"/> per row, row-major.</summary>
    public ReadOnlySpan<double> Predictions => _batch.Predictions;

    /// <summary>0 for one prediction per row, else the number of class scores per row.</summary>
    public int Columns => _batch.Columns;

    /// <summary>
    /// Which rows count (false: masked out by the mask column or by a null in a mapped column), when
    /// <see cref="HasMask"/>.
    /// </summary>
    public ReadOnlySpan<bool> Mask => _batch.Mask;

    /// <summary>Whether <see cref="Mask"/> applies (a mask column is mapped, or a mapped column had a null).</summary>
    public bool HasMask => _batch.HasMask;

    /// <summary>One weight per row, when <see cref="HasWeights"/>.</summary>
    public ReadOnlySpan<double> Weights => _batch.Weights;

    /// <summary>Whether a weights column is mapped.</summary>
    public bool HasWeights => _batch.HasWeights;

    /// <summary>Each row's group, an index into <see cref="GroupNames"/> (-1 for a null key), when a group column is mapped.</summary>
    public ReadOnlySpan<int> Groups { get; }

    /// <summary>The group keys seen so far in the source, in order of first appearance.</summary>
    public IReadOnlyList<string> GroupNames { get; }

    /// <summary>The chunk as a metric batch (labels, predictions, columns, mask and weights).</summary>
    public MetricBatch ToBatch() => _batch;
}
