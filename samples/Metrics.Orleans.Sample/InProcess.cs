using System.Collections.Generic;
using Metrics.Data;

namespace Metrics.Orleans.Sample;

/// <summary>The same evaluation without a cluster, in this process: what the cluster's results must equal.</summary>
internal static class InProcess
{
    /// <summary>Each file evaluated by its own collection, as a worker grain does.</summary>
    public static MetricCollection EvaluateShard(CollectionConfig config, string path, ColumnMapping mapping)
    {
        var part = MetricCollection.FromConfig(config);
        MetricDataSource.Open(path, mapping).Evaluate(part);
        return part;
    }

    /// <summary>One collection updated with every file's rows in turn: one pass, no shards.</summary>
    public static MetricCollection OnePass(CollectionConfig config, IEnumerable<string> paths, ColumnMapping mapping)
    {
        var collection = MetricCollection.FromConfig(config);
        foreach (var path in paths)
        {
            MetricDataSource.Open(path, mapping).Evaluate(collection);
        }

        return collection;
    }
}
