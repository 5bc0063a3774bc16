using System.Collections.Generic;
using Microsoft.ML;

namespace Metrics.ML;

/// <summary>
/// Feeds a scored ML.NET <see cref="IDataView"/> to metrics: a metric instance, a metric created by name, or a
/// collection. The view is read through one cursor in chunks of at most <c>chunkRows</c> rows and never
/// materialised. A missing or ill-typed column is an <see cref="ArgumentException"/> naming the column and its
/// type, raised before any row is read; values a metric rejects are an <see cref="ArgumentException"/> naming the
/// chunk's rows.
/// </summary>
public static class DataViewEvaluation
{
    /// <summary>The default chunk size: 64K rows.</summary>
    public const int DefaultChunkRows = 65536;

    /// <summary>Updates <paramref name="metric"/> with every row of <paramref name="data"/>.</summary>
    /// <param name="data">The scored view.</param>
    /// <param name="columns">Its task and columns.</param>
    /// <param name="metric">The metric.</param>
    /// <param name="chunkRows">The most rows per batch.</param>
    /// <returns>The number of rows read (rows with a missing key label included).</returns>
    /// <exception cref="ArgumentException">A column is missing or ill-typed, or the metric rejects the values.</exception>
    public static long Evaluate(this IDataView data, ScoredColumns columns, IMetricInstance metric, int chunkRows = DefaultChunkRows)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return UpdateEach(data, columns, chunkRows, metric.Update);
    }

    /// <summary>Updates <paramref name="collection"/> with every row of <paramref name="data"/>.</summary>
    /// <param name="data">The scored view.</param>
    /// <param name="columns">Its task and columns.</param>
    /// <param name="collection">The collection.</param>
    /// <param name="chunkRows">The most rows per batch.</param>
    /// <returns>The number of rows read (rows with a missing key label included).</returns>
    /// <exception cref="ArgumentException">A column is missing or ill-typed, or a member rejects the values.</exception>
    public static long Evaluate(this IDataView data, ScoredColumns columns, MetricCollection collection, int chunkRows = DefaultChunkRows)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return UpdateEach(data, columns, chunkRows, collection.Update);
    }

    private delegate void BatchUpdate(in MetricBatch batch);

    private static long UpdateEach(IDataView data, ScoredColumns columns, int chunkRows, BatchUpdate update) =>
        Read(data, columns, chunkRows, (in MetricBatch batch, long firstRow) =>
        {
            try
            {
                update(batch);
            }
            catch (ArgumentException e)
            {
                throw Rejected(firstRow, batch.Labels.Length, e);
            }
        });

    /// <summary>Creates the registry's metric <paramref name="identifier"/> and updates it with every row of <paramref name="data"/>.</summary>
    /// <param name="data">The scored view.</param>
    /// <param name="columns">Its task and columns.</param>
    /// <param name="identifier">The metric's registry name or alias (<c>"accuracy"</c>, <c>"roc_auc"</c>, <c>"r2"</c>, ...).</param>
    /// <param name="arguments">The metric's parameters, as <see cref="MetricRegistry.Create(string, IReadOnlyDictionary{string, object})"/> takes them.</param>
    /// <param name="chunkRows">The most rows per batch.</param>
    /// <returns>The updated metric; call <see cref="IMetricInstance.Compute"/> for its value.</returns>
    /// <exception cref="ArgumentException">The identifier or arguments are unknown, a column is missing or ill-typed, or the metric rejects the values.</exception>
    public static IMetricInstance Evaluate(
        this IDataView data,
        ScoredColumns columns,
        string identifier,
        IReadOnlyDictionary<string, object?>? arguments = null,
        int chunkRows = DefaultChunkRows)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var metric = MetricRegistry.Create(identifier, arguments ?? new Dictionary<string, object?>());
        Evaluate(data, columns, metric, chunkRows);
        return metric;
    }

    private static long Read(IDataView data, ScoredColumns columns, int chunkRows, ScoredBatchAction action)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkRows);
        return ScoredViewReader.Read(data, columns, chunkRows, action);
    }

    private static ArgumentException Rejected(long firstRow, int rows, ArgumentException e) =>
        new($"The metrics reject the values of scored rows {firstRow + 1}-{firstRow + rows} (1-based): {e.Message}", "data", e);
}
