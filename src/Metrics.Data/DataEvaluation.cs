namespace Metrics.Data;

/// <summary>
/// Feeds a source's chunks to metrics: a metric created by name, a collection, or one collection per group value.
/// A typed metric is fed through <see cref="MetricDataSource.ReadChunks"/> with a callback. A batch that a metric
/// rejects (a class label that is not a whole number, say) becomes a <see cref="DataFileException"/> naming the
/// source and the chunk's data rows.
/// </summary>
public static class DataEvaluation
{
    /// <summary>Updates <paramref name="metric"/> with every row of the source.</summary>
    /// <param name="source">The source.</param>
    /// <param name="metric">The metric.</param>
    /// <returns>The number of rows read.</returns>
    /// <exception cref="DataFileException">The source cannot be read as mapped, or the metric rejects its values.</exception>
    public static long Evaluate(this MetricDataSource source, IMetricInstance metric)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(metric);
        return UpdateEach(source, metric.Update);
    }

    /// <summary>Updates <paramref name="collection"/> with every row of the source.</summary>
    /// <param name="source">The source.</param>
    /// <param name="collection">The collection.</param>
    /// <returns>The number of rows read.</returns>
    /// <exception cref="DataFileException">The source cannot be read as mapped, or a member rejects its values.</exception>
    public static long Evaluate(this MetricDataSource source, MetricCollection collection)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(collection);
        return UpdateEach(source, collection.Update);
    }

    private delegate void BatchUpdate(in MetricBatch batch);

    private static long UpdateEach(MetricDataSource source, BatchUpdate update) =>
        source.ReadChunks((in DataChunk chunk) =>
        {
            try
            {
                update(chunk.ToBatch());
            }
            catch (ArgumentException e)
            {
                throw Rejected(chunk, chunk.Rows, e);
            }
        });

    /// <summary>
    /// Evaluates each value of the mapping's group column with its own clone of <paramref name="template"/>, and
    /// merges them into the total. Rows whose group key is null are left out of every group and of the total.
    /// </summary>
    /// <param name="source">The source; its mapping names a group column.</param>
    /// <param name="template">The metrics to compute per group (not changed).</param>
    /// <returns>The groups in order of first appearance, and the total.</returns>
    /// <exception cref="ArgumentException">The mapping names no group column.</exception>
    /// <exception cref="DataFileException">The source cannot be read as mapped, or a member rejects a group's values.</exception>
    public static GroupedEvaluation EvaluateByGroup(this MetricDataSource source, MetricCollection template)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(template);
        if (source.Mapping.Group is null)
        {
            throw new ArgumentException($"'{source.Name}': the column mapping names no group column (set ColumnMapping.Group).", nameof(source));
        }

        var collections = new List<MetricCollection>();
        var rowsPerGroup = new List<long>();
        var partition = new GroupPartition();
        IReadOnlyList<string> names = [];
        var rows = source.ReadChunks((in DataChunk chunk) =>
        {
            names = chunk.GroupNames;
            while (collections.Count < names.Count)
            {
                collections.Add(template.Clone());
                rowsPerGroup.Add(0);
            }

            partition.Partition(chunk, names.Count);
            for (var g = 0; g < names.Count; g++)
            {
                var count = partition.Count(g);
                if (count == 0)
                {
                    continue;
                }

                rowsPerGroup[g] += count;
                try
                {
                    collections[g].Update(partition.Batch(g, chunk));
                }
                catch (ArgumentException e)
                {
                    throw Rejected(chunk, chunk.Rows, e, names[g]);
                }
            }
        });

        var total = template.Clone();
        var groups = new MetricGroup[collections.Count];
        for (var g = 0; g < groups.Length; g++)
        {
            total.Merge(collections[g]);
            groups[g] = new MetricGroup(names[g], collections[g], rowsPerGroup[g]);
        }

        return new GroupedEvaluation(rows, total, groups);
    }

    private static DataFileException Rejected(in DataChunk chunk, int rows, ArgumentException e, string? group = null) =>
        new(
            chunk.Source,
            null,
            null,
            $"the metrics reject the values of data rows {chunk.FirstRow + 1}-{chunk.FirstRow + rows} (1-based, header not counted)"
                + (group is null ? "" : $", group '{group}'")
                + $": {e.Message}",
            e);
}
