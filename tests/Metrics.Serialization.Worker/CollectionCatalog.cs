using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Metrics.Serialization.Worker;

/// <summary>
/// Collections driven by configuration files, with members that share statistics: confusion-based metrics on one
/// confusion matrix (and one of 3 classes that shares with nobody), and precision, recall and F1 on one set of counts
/// beside regression and threshold members.
/// </summary>
public static class CollectionCatalog
{
    /// <summary>The entries.</summary>
    public static IReadOnlyList<CollectionEntry> All { get; } =
    [
        new("classes", BatchKind.Classes, 0, """
            {"metrics": [
              {"name": "precision", "class_name": "MulticlassPrecision", "config": {"num_classes": 4, "average": "weighted"}},
              {"name": "recall", "class_name": "MulticlassRecall", "config": {"num_classes": 4}},
              {"name": "f2", "class_name": "FBetaScore", "config": {"num_classes": 4, "beta": 2.0}},
              {"name": "mcc", "class_name": "MatthewsCorrelation", "config": {"num_classes": 4}},
              {"name": "kappa", "class_name": "CohenKappa", "config": {"num_classes": 4}},
              {"name": "balanced", "class_name": "BalancedAccuracy", "config": {"num_classes": 4}},
              {"name": "kappa_quadratic", "class_name": "CohenKappa", "config": {"num_classes": 4, "weighting": "quadratic"}},
              {"name": "confusion", "class_name": "ConfusionMatrix", "config": {"num_classes": 4}},
              {"name": "miou", "class_name": "MeanIoU", "config": {"num_classes": 4}},
              {"name": "exact", "class_name": "ExactMatchAccuracy", "config": {}}
            ]}
            """),
        new("binary", BatchKind.Binary, 1, """
            {"version": 2, "metrics": [
              {"name": "precision", "class_name": "Precision", "config": {"threshold": 0.4}},
              {"name": "recall", "class_name": "Recall", "config": {"threshold": 0.4}},
              {"name": "f1", "class_name": "F1Score", "config": {"threshold": 0.4}},
              {"name": "recall@0.6", "class_name": "Recall", "config": {"threshold": 0.6}},
              {"name": "accuracy", "class_name": "Accuracy", "config": {"threshold": 0.4}},
              {"name": "auc", "class_name": "Auc", "config": {"num_thresholds": 50}},
              {"name": "mse", "class_name": "MeanSquaredError", "config": {}},
              {"name": "rmse", "class_name": "RootMeanSquaredError", "config": {}},
              {"name": "bce", "class_name": "BinaryCrossentropy", "config": {"label_smoothing": 0.1}},
              {"name": "roc_auc", "class_name": "ExactAuc", "config": {}}
            ]}
            """),
    ];
}

/// <summary>A collection from a configuration, evaluated on the shards of <see cref="ShardData"/> with masked, weighted batches.</summary>
/// <param name="Name">A name unique in the catalog (used in file names).</param>
/// <param name="Kind">The input form every member takes.</param>
/// <param name="Index">The entry's position, part of every seed.</param>
/// <param name="ConfigJson">The collection's configuration file.</param>
public sealed record CollectionEntry(string Name, BatchKind Kind, int Index, string ConfigJson)
{
    /// <summary>The collection the configuration describes, with empty states.</summary>
    public MetricCollection Create() => MetricCollection.FromConfig(CollectionConfig.FromJson(ConfigJson));

    /// <summary>Feeds batch <paramref name="batch"/> of shard <paramref name="shard"/>.</summary>
    /// <param name="collection">The collection.</param>
    /// <param name="shard">The shard.</param>
    /// <param name="batch">The batch.</param>
    public void Feed(MetricCollection collection, int shard, int batch)
    {
        var (labels, predictions, columns, mask, weights) = ShardData.Batch(Kind, ((1_000 + Index) * 1_000_003) + (shard * 1_009) + batch);
        collection.Update(new MetricBatch(labels, predictions, columns).WithMask(mask).WithWeights(weights));
    }

    /// <summary>Evaluates batches [<paramref name="from"/>, <paramref name="endBatch"/>) of a shard, from a fresh collection or a checkpoint.</summary>
    /// <param name="shard">The shard.</param>
    /// <param name="from">The first batch.</param>
    /// <param name="endBatch">The batch after the last.</param>
    /// <param name="checkpoint">A collection state written for the batches before <paramref name="from"/>, or null to start fresh.</param>
    /// <returns>The collection state, in the binary format.</returns>
    public byte[] Run(int shard, int from, int endBatch, Stream? checkpoint)
    {
        var collection = checkpoint is null ? Create() : MetricCollectionState.Read(checkpoint);
        for (var batch = from; batch < endBatch; batch++)
        {
            Feed(collection, shard, batch);
        }

        return MetricCollectionState.ToBytes(collection);
    }

    /// <summary>Reads shard states and merges them in the order given.</summary>
    /// <param name="shards">The shards' collection states.</param>
    /// <returns>The merged collection state.</returns>
    public static byte[] Merge(IReadOnlyList<byte[]> shards)
    {
        var merged = MetricCollectionState.Read(shards[0]);
        foreach (var shard in shards.Skip(1))
        {
            merged.Merge(MetricCollectionState.Read(shard));
        }

        return MetricCollectionState.ToBytes(merged);
    }

    /// <summary>Every member's value, one line each, in a text equal only for bit-identical values.</summary>
    /// <param name="state">A collection state.</param>
    /// <returns>The text.</returns>
    public static string Values(byte[] state) =>
        string.Join("\n", MetricCollectionState.Read(state).Compute().Select(p => $"{p.Key} = {ValueText.Of(p.Value)}"));
}
