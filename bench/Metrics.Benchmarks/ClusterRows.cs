using System;
using System.Globalization;
using Metrics.Orleans.Evaluation;

namespace Metrics.Benchmarks;

/// <summary>
/// The cluster group's rows: row <c>i</c>'s label and score are a fixed function of <c>i</c> (SplitMix64), so a shard
/// (argument <c>first:count</c>) reads the same rows on any silo and in this process, with no file in between.
/// </summary>
internal sealed class ClusterRows : IShardSource
{
    /// <summary>The name the silos register the source under.</summary>
    public const string Name = "bench-rows";

    private const int BatchRows = 65536;

    /// <summary>The argument of the shard of <paramref name="count"/> rows from row <paramref name="first"/>.</summary>
    public static string Argument(long first, long count) => string.Create(CultureInfo.InvariantCulture, $"{first}:{count}");

    /// <inheritdoc/>
    public long Read(string? argument, ShardBatchAction action)
    {
        ArgumentNullException.ThrowIfNull(argument);
        ArgumentNullException.ThrowIfNull(action);
        var parts = argument.Split(':');
        var first = long.Parse(parts[0], CultureInfo.InvariantCulture);
        var count = long.Parse(parts[1], CultureInfo.InvariantCulture);
        var labels = new double[BatchRows];
        var scores = new double[BatchRows];
        for (long done = 0; done < count; done += BatchRows)
        {
            var rows = (int)Math.Min(BatchRows, count - done);
            for (var r = 0; r < rows; r++)
            {
                var bits = Mix((ulong)(first + done + r));
                labels[r] = bits & 1;
                scores[r] = (0.3 * labels[r]) + (0.7 * ((bits >> 11) * (1.0 / (1UL << 53))));
            }

            action(new MetricBatch(labels.AsSpan(0, rows), scores.AsSpan(0, rows)));
        }

        return count;
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
