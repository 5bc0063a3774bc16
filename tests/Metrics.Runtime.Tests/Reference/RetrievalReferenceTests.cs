using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Metrics.Runtime.Tests.Helpers;
using Xunit;
using static Metrics.Runtime.Tests.Helpers.ReferenceJson;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The retrieval metrics against scikit-learn's <c>ndcg_score</c>/<c>average_precision_score</c> and TorchMetrics'
/// per-query definitions (<c>Reference/make_reference_retrieval.py</c> → <c>Reference/retrieval.json</c>), created
/// through the registry by the case's identifier and TorchMetrics' argument spellings; each also as two merged shards.
/// </summary>
public sealed class RetrievalReferenceTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> Cases =
        new(() => ReferenceJson.CasesByName("retrieval.json"));

    public static TheoryData<string> CaseNames() => new(Cases.Value.Keys);

    [Fact]
    public void EveryRetrievalMetricHasReferenceCases()
    {
        Type[] metrics =
        [
            typeof(RetrievalMAP), typeof(RetrievalMRR), typeof(RetrievalPrecision), typeof(RetrievalRecall),
            typeof(RetrievalNormalizedDCG), typeof(RetrievalHitRate), typeof(RetrievalRPrecision), typeof(RetrievalFallOut),
        ];
        var covered = Cases.Value.Values.Select(c => CreateMetric(c).State.GetType()).ToHashSet();
        Assert.All(metrics, m => Assert.Contains(m, covered));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void AgreesWithTheReference(string name)
    {
        var c = Cases.Value[name];
        var (indexes, rows) = Items(c);
        var metric = CreateMetric(c);
        metric.Update(new MetricBatch(indexes, rows, 2));
        Approx.Equal([ReferenceData.Number(c["expected"])], [(double)metric.Compute()], 1e-12, 1e-12, name);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void ShardsMergedEqualOnePass(string name)
    {
        var c = Cases.Value[name];
        var (indexes, rows) = Items(c);
        var half = indexes.Length / 2;
        var first = CreateMetric(c);
        first.Update(new MetricBatch(indexes.AsSpan(0, half), rows.AsSpan(0, 2 * half), 2));
        var second = CreateMetric(c);
        second.Update(new MetricBatch(indexes.AsSpan(half), rows.AsSpan(2 * half), 2));
        second.Merge(first);
        Approx.Equal([ReferenceData.Number(c["expected"])], [(double)second.Compute()], 1e-12, 1e-12, name);
    }

    private static (double[] Indexes, double[] Rows) Items(JsonObject c)
    {
        var indexes = Numbers(c["indexes"])!;
        var rows = RetrievalItems.Rows(Numbers(c["preds"])!, Numbers(c["target"])!);
        return (indexes, rows);
    }
}
