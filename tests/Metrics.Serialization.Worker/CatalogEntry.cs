using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Metrics.Serialization.Worker;

/// <summary>One metric of the catalog, evaluated on its shards, without its type in view.</summary>
public interface ICatalogEntry
{
    /// <summary>A name unique in the catalog (used in file names).</summary>
    string Name { get; }

    /// <summary>Evaluates batches [<paramref name="from"/>, <paramref name="endBatch"/>) of a shard, from a fresh metric or from a checkpoint, and writes the state.</summary>
    /// <param name="shard">The shard.</param>
    /// <param name="from">The first batch.</param>
    /// <param name="endBatch">The batch after the last.</param>
    /// <param name="checkpoint">A state written by <see cref="Run"/> for the batches before <paramref name="from"/>, or null to start fresh.</param>
    /// <returns>The state, in the binary format.</returns>
    byte[] Run(int shard, int from, int endBatch, Stream? checkpoint);

    /// <summary>Reads shard states and merges them in the order given.</summary>
    /// <param name="shards">The shards' states.</param>
    /// <returns>The merged state, in the binary format.</returns>
    byte[] Merge(IReadOnlyList<byte[]> shards);

    /// <summary>The value of a state, in a text that is equal only for bit-identical values.</summary>
    /// <param name="state">A state in the binary format.</param>
    /// <returns>The value's text.</returns>
    string Value(byte[] state);
}

/// <summary>A catalog entry for one metric type: how to create it and how to feed it batch <c>b</c> of shard <c>s</c>.</summary>
/// <typeparam name="TMetric">The metric.</typeparam>
/// <typeparam name="TResult">Its value.</typeparam>
/// <param name="name">The entry's name.</param>
/// <param name="create">Creates the metric with its parameters.</param>
/// <param name="update">Feeds the batch of a seed.</param>
/// <param name="index">The entry's position in the catalog, part of every seed.</param>
public sealed class CatalogEntry<TMetric, TResult>(string name, Func<TMetric> create, Func<TMetric, int, TMetric> update, int index) : ICatalogEntry
    where TMetric : struct, IMetric<TMetric, TResult>, IPersistentMetric<TMetric>
{
    /// <inheritdoc/>
    public string Name => name;

    /// <inheritdoc/>
    public byte[] Run(int shard, int from, int endBatch, Stream? checkpoint)
    {
        var metric = checkpoint is null ? create() : MetricState.Read<TMetric>(checkpoint);
        for (var batch = from; batch < endBatch; batch++)
        {
            metric = update(metric, (index * 1_000_003) + (shard * 1_009) + batch);
        }

        return MetricState.ToBytes(metric);
    }

    /// <inheritdoc/>
    public byte[] Merge(IReadOnlyList<byte[]> shards)
    {
        var merged = MetricState.Read<TMetric>(shards[0]);
        foreach (var shard in shards.Skip(1))
        {
            merged = merged.Merge(MetricState.Read<TMetric>(shard));
        }

        return MetricState.ToBytes(merged);
    }

    /// <inheritdoc/>
    public string Value(byte[] state) => ValueText.Of(((IMetric<TMetric, TResult>)MetricState.Read<TMetric>(state)).Compute());
}

/// <summary>Values as text that is equal exactly when the values are bit-identical (NaN included).</summary>
public static class ValueText
{
    /// <summary>The text of a metric's value.</summary>
    /// <param name="value">A number, an array of numbers, a matrix, or a record of numbers.</param>
    /// <returns>The text.</returns>
    public static string Of(object? value) => value switch
    {
        double d => BitConverter.DoubleToInt64Bits(d).ToString("X16", CultureInfo.InvariantCulture),
        double[] array => "[" + string.Join(", ", array.Select(d => Of(d))) + "]",
        double[,] matrix => "[" + string.Join(", ", matrix.Cast<double>().Select(d => Of(d))) + "]",
        CalibrationCurvePoints points => Of(points.ProbTrue) + " " + Of(points.ProbPred) + " " + Of(points.Counts),
        null => "null",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
