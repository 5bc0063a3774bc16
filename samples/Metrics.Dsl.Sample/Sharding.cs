using System;
using System.Collections.Generic;
using System.Linq;
using Metrics;

namespace Metrics.Dsl.Sample;

internal sealed record ShardCheck(string Name, double OnePass, double Merged, bool SameState);

// Sharded evaluation as a distributed job would do it: one metric per fold, each started from Empty(), then
// merged. Only Merge is needed, so this works for any metric, built-in or declared in the sample.
internal static class Sharding
{
    public static ShardCheck Check<TMetric>(
        string name,
        TMetric metric,
        int[] folds,
        Func<TMetric, bool[]?, TMetric> update,
        Func<TMetric, double> value)
        where TMetric : struct, IMetric<TMetric>
    {
        var onePass = update(metric.Empty(), null);
        var merged = metric.Empty();
        foreach (var fold in folds.Distinct().Order())
        {
            merged = merged.Merge(update(metric.Empty(), Selection.Fold(folds, fold)));
        }

        return new(name, value(onePass), value(merged), EqualityComparer<TMetric>.Default.Equals(onePass, merged));
    }
}
