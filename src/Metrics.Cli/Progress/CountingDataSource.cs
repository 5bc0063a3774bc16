using Metrics.Data;

namespace Metrics.Cli.Progress;

/// <summary>A source that passes every chunk of another on unchanged, counting its rows for the progress display.</summary>
internal sealed class CountingDataSource : MetricDataSource
{
    private readonly MetricDataSource _inner;
    private readonly RowCounter _counter;

    public CountingDataSource(MetricDataSource inner, RowCounter counter)
        : base(inner.Name, inner.Mapping, inner.ChunkRows)
    {
        _inner = inner;
        _counter = counter;
        counter.File = inner.Name;
    }

    /// <inheritdoc/>
    public override long ReadChunks(DataChunkAction action) =>
        _inner.ReadChunks((in DataChunk chunk) =>
        {
            action(chunk);
            _counter.Add(chunk.Rows);
        });
}
