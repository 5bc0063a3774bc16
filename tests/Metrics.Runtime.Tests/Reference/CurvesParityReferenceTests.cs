using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Metrics.Runtime.Tests.Helpers;
using Xunit;
using static Metrics.Runtime.Tests.Helpers.ReferenceJson;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Partial ROC AUC, one-vs-one AUC and DET curve points against scikit-learn 1.2.1
/// (<c>Reference/make_reference_curves_parity.py</c> → <c>Reference/curves_parity.json</c>): the metrics through the
/// registry by their identifiers, each also as two merged shards; the DET points from <see cref="ExactAuc.DetCurve"/>.
/// </summary>
public sealed class CurvesParityReferenceTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> Cases =
        new(() => ReferenceJson.CasesByName("curves_parity.json"));

    public static TheoryData<string> CaseNames() => new(Cases.Value.Keys);

    [Fact]
    public void EveryCurveHasReferenceCases()
    {
        var metrics = Cases.Value.Values.Select(c => c["metric"]!.GetValue<string>()).ToHashSet();
        Assert.Superset(metrics, new HashSet<string> { "partial_roc_auc", "one_vs_one_auc", "det_curve" });
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void AgreesWithScikitLearn(string name)
    {
        var c = Cases.Value[name];
        Approx.Equal(Numbers(c["expected"])!, Evaluate(c, 0, RowCount(c)), 1e-12, 1e-12, name);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void ShardsMergedEqualOnePass(string name)
    {
        var c = Cases.Value[name];
        var rows = RowCount(c);
        Approx.Equal(Numbers(c["expected"])!, Evaluate(c, rows / 2, rows), 1e-12, 1e-12, name);
    }

    private static int RowCount(JsonObject c) => Numbers(c["labels"])!.Length;

    // Updates with rows [0, split) and [split, rows) as two shards, merged (split 0: one pass).
    private static double[] Evaluate(JsonObject c, int split, int rows)
    {
        var labels = Numbers(c["labels"])!;
        var predictions = Numbers(c["predictions"])!;
        var weights = Numbers(c["weights"]);
        var columns = c["columns"]!.GetValue<int>();
        var width = Math.Max(columns, 1);
        MetricBatch Shard(int from, int count)
        {
            var batch = new MetricBatch(labels.AsSpan(from, count), predictions.AsSpan(from * width, count * width), columns);
            return weights is null ? batch : batch.WithWeights(weights.AsSpan(from, count));
        }

        if (c["metric"]!.GetValue<string>() == "det_curve")
        {
            var first = new MetricInstance<ExactAuc, double>(new ExactAuc());
            var second = new MetricInstance<ExactAuc, double>(new ExactAuc());
            first.Update(Shard(0, split));
            second.Update(Shard(split, rows - split));
            second.Merge(first);
            var points = ((ExactAuc)second.State).DetCurve();
            return [.. points.FalsePositiveRates, .. points.FalseNegativeRates, .. points.Thresholds];
        }

        var one = CreateMetric(c);
        var other = CreateMetric(c);
        one.Update(Shard(0, split));
        other.Update(Shard(split, rows - split));
        other.Merge(one);
        return [(double)other.Compute()];
    }
}
