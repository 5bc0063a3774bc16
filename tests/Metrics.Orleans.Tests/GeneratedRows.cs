using System;
using System.Globalization;
using System.Threading;
using Metrics.Data;
using Metrics.Orleans.Evaluation;

namespace Metrics.Orleans.Tests;

/// <summary>
/// A deterministic source of binary rows: row <c>i</c>'s label and score are functions of <c>i</c> alone, so a shard
/// reads the same rows on any silo. Its argument is <c>first:count</c>, or <c>first:count:delayMs</c> to sleep before
/// each batch (an evaluation that is still running when a test acts), or <c>first:count:0:badRow</c> to give row
/// <c>badRow</c> a label of 7 (bad data), or <c>first:count:0:-1:hangMs</c> to sleep <c>hangMs</c> the first time
/// the shard is read in this process (a worker that times out).
/// </summary>
public sealed class GeneratedRows : IShardSource
{
    /// <summary>The name the silos register the source under.</summary>
    public const string Name = "generated";

    private const int BatchRows = 65536;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Hung = new();

    /// <inheritdoc/>
    public long Read(string? argument, ShardBatchAction action) => ReadRows(argument, action, wait: true);

    /// <summary>
    /// The rows <see cref="Read"/> gives for <paramref name="argument"/>, without its delays and hang: the one-process
    /// reference of a test need not sleep through every shard one after another.
    /// </summary>
    /// <param name="argument">The shard's argument.</param>
    /// <param name="action">Called with each batch.</param>
    /// <returns>The rows read.</returns>
    public static long ReadWithoutWaiting(string? argument, ShardBatchAction action) => ReadRows(argument, action, wait: false);

    private static long ReadRows(string? argument, ShardBatchAction action, bool wait)
    {
        ArgumentNullException.ThrowIfNull(argument);
        ArgumentNullException.ThrowIfNull(action);
        var parts = argument.Split(':');
        var first = long.Parse(parts[0], CultureInfo.InvariantCulture);
        var count = long.Parse(parts[1], CultureInfo.InvariantCulture);
        var delay = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0;
        var badRow = parts.Length > 3 ? long.Parse(parts[3], CultureInfo.InvariantCulture) : -1;
        if (wait && parts.Length > 4 && Hung.TryAdd(argument, true))
        {
            Thread.Sleep(int.Parse(parts[4], CultureInfo.InvariantCulture));
        }

        var labels = new double[BatchRows];
        var scores = new double[BatchRows];
        for (long done = 0; done < count; done += BatchRows)
        {
            if (wait && delay > 0)
            {
                Thread.Sleep(delay);
            }

            var rows = (int)Math.Min(BatchRows, count - done);
            for (var r = 0; r < rows; r++)
            {
                var row = first + done + r;
                (labels[r], scores[r]) = Row(row);
                if (row == badRow)
                {
                    throw new DataFileException($"generated rows {first}..{first + count - 1}", row - first + 1, "label", $"label 7 in row {row}");
                }
            }

            action(new MetricBatch(labels.AsSpan(0, rows), scores.AsSpan(0, rows)));
        }

        return count;
    }

    /// <summary>The label and score of a row.</summary>
    /// <param name="row">The row's global index.</param>
    public static (double Label, double Score) Row(long row)
    {
        var bits = Mix((ulong)row);
        var label = (double)(bits & 1);
        var noise = (bits >> 11) * (1.0 / (1UL << 53));
        return (label, (0.3 * label) + (0.7 * noise));
    }

    // SplitMix64's finalizer: a fixed, well-spread function of the row index.
    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
