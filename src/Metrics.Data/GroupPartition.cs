namespace Metrics.Data;

/// <summary>
/// Reorders a chunk's rows by group (a stable counting sort into reused buffers), so that each group present is one
/// contiguous batch: linear in the rows whatever the number of groups. Rows with a null key (-1) are dropped.
/// </summary>
internal sealed class GroupPartition
{
    private double[] _labels = [];
    private double[] _predictions = [];
    private bool[] _mask = [];
    private double[] _weights = [];
    private int[] _starts = [];
    private int[] _counts = [];
    private int[] _cursor = [];

    public int GroupCount { get; private set; }

    public void Partition(in DataChunk chunk, int groupCount)
    {
        var rows = chunk.Rows;
        var width = chunk.Columns == 0 ? 1 : chunk.Columns;
        if (_labels.Length < rows)
        {
            _labels = new double[rows];
            _predictions = new double[rows * width];
            _mask = new bool[rows];
            _weights = new double[rows];
        }

        if (_counts.Length < groupCount)
        {
            _counts = new int[Math.Max(groupCount, _counts.Length * 2)];
            _starts = new int[_counts.Length];
            _cursor = new int[_counts.Length];
        }

        GroupCount = groupCount;
        _counts.AsSpan(0, groupCount).Clear();
        var groups = chunk.Groups;
        foreach (var g in groups)
        {
            if (g >= 0)
            {
                _counts[g]++;
            }
        }

        var next = 0;
        for (var g = 0; g < groupCount; g++)
        {
            _starts[g] = next;
            next += _counts[g];
        }

        var cursor = _cursor.AsSpan(0, groupCount);
        _starts.AsSpan(0, groupCount).CopyTo(cursor);
        for (var i = 0; i < rows; i++)
        {
            var g = groups[i];
            if (g < 0)
            {
                continue;
            }

            var at = cursor[g]++;
            _labels[at] = chunk.Labels[i];
            chunk.Predictions.Slice(i * width, width).CopyTo(_predictions.AsSpan(at * width, width));
            _mask[at] = !chunk.HasMask || chunk.Mask[i];
            if (chunk.HasWeights)
            {
                _weights[at] = chunk.Weights[i];
            }
        }
    }

    public int Count(int group) => _counts[group];

    public MetricBatch Batch(int group, in DataChunk chunk)
    {
        var start = _starts[group];
        var count = _counts[group];
        var width = chunk.Columns == 0 ? 1 : chunk.Columns;
        var batch = new MetricBatch(_labels.AsSpan(start, count), _predictions.AsSpan(start * width, count * width), chunk.Columns);
        if (chunk.HasMask)
        {
            batch = batch.WithMask(_mask.AsSpan(start, count));
        }

        if (chunk.HasWeights)
        {
            batch = batch.WithWeights(_weights.AsSpan(start, count));
        }

        return batch;
    }
}
