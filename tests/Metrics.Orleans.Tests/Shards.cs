using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Metrics.Data;
using Metrics.Orleans.Evaluation;

namespace Metrics.Orleans.Tests;

/// <summary>Shards of generated rows, and what one process computes from them.</summary>
internal static class Shards
{
    /// <summary>Binary metrics whose states are counts and sums.</summary>
    public static CollectionConfig Binary { get; } =
        new MetricCollection("precision", "recall", "f1_score", "mse", "bce", "brier_score_loss").GetConfig();

    /// <summary>The same and exact ROC AUC, whose state keeps every sample.</summary>
    public static CollectionConfig WithAuc { get; } =
        new MetricCollection("precision", "recall", "mse", "auc").GetConfig();

    /// <summary><paramref name="count"/> shards of <paramref name="rows"/> generated rows each.</summary>
    public static Shard[] Generated(int count, long rows, int delayMs = 0) =>
        [.. Enumerable.Range(0, count).Select(i => Shard.FromSource(
            $"s{i:D2}", GeneratedRows.Name, string.Create(CultureInfo.InvariantCulture, $"{i * rows}:{rows}:{delayMs}")))];

    /// <summary>One process: each shard evaluated by its own collection, the collections merged in shard order.</summary>
    public static MetricCollection InOneProcess(CollectionConfig config, IEnumerable<Shard> shards)
    {
        MetricCollection? merged = null;
        foreach (var shard in shards)
        {
            var part = MetricCollection.FromConfig(config);
            if (shard.Path is { } path)
            {
                MetricDataSource.Open(path, shard.Columns!.ToMapping()).Evaluate(part);
            }
            else
            {
                new GeneratedRows().Read(shard.Argument, (in MetricBatch batch) => part.Update(batch));
            }

            if (merged is null)
            {
                merged = part;
            }
            else
            {
                merged.Merge(part);
            }
        }

        return merged!;
    }
}
