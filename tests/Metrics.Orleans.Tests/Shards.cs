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

    /// <summary>
    /// One process: each shard evaluated by its own collection, the collections merged as the evaluation grain
    /// documents: pairwise by shard index (0+1, 2+3, ..., an odd last one carried up), then pairs of pairs.
    /// </summary>
    public static MetricCollection InOneProcess(CollectionConfig config, IEnumerable<Shard> shards)
    {
        var parts = new List<MetricCollection>();
        foreach (var shard in shards)
        {
            var part = MetricCollection.FromConfig(config);
            if (shard.Path is { } path)
            {
                MetricDataSource.Open(path, shard.Columns!.ToMapping()).Evaluate(part);
            }
            else
            {
                GeneratedRows.ReadWithoutWaiting(shard.Argument, (in MetricBatch batch) => part.Update(batch));
            }

            parts.Add(part);
        }

        while (parts.Count > 1)
        {
            parts = [.. parts.Chunk(2).Select(pair =>
            {
                if (pair.Length == 2)
                {
                    pair[0].Merge(pair[1]);
                }

                return pair[0];
            })];
        }

        return parts[0];
    }
}
