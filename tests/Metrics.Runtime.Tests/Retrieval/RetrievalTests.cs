using System;
using System.Linq;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The retrieval metrics on TorchMetrics' documented example (the same seven items in every class's docstring), their
/// empty-query actions, <c>ignore_index</c>, ties, weights as multiplicities, and bad input.
/// </summary>
public sealed class RetrievalTests
{
    // TorchMetrics' docstrings: indexes = [0, 0, 0, 1, 1, 1, 1], preds = [0.2, 0.3, 0.5, 0.1, 0.3, 0.5, 0.2],
    // target = [False, False, True, False, True, False, True].
    private static readonly int[] Indexes = [0, 0, 0, 1, 1, 1, 1];
    private static readonly double[] Rows = RetrievalItems.Rows([0.2, 0.3, 0.5, 0.1, 0.3, 0.5, 0.2], [0, 0, 1, 0, 1, 0, 1]);

    public static TheoryData<string, double> DocumentedExamples() => new()
    {
        { "retrieval_map", 0.7917 },
        { "retrieval_mrr", 0.75 },
        { "retrieval_normalized_dcg", 0.8467 },
        { "retrieval_r_precision", 0.75 },
    };

    [Theory]
    [MemberData(nameof(DocumentedExamples))]
    public void MatchesTorchMetricsDocumentedExamples(string identifier, double documented)
    {
        var metric = MetricRegistry.Create(identifier);
        metric.Update(new MetricBatch(Indexes.Select(i => (double)i).ToArray(), Rows, 2));
        Assert.Equal(documented, (double)metric.Compute(), 4);
    }

    [Fact]
    public void MatchesTorchMetricsDocumentedTopTwoExamples()
    {
        // RetrievalPrecision(top_k=2) → 0.5, RetrievalRecall(top_k=2) → 0.75, RetrievalHitRate(top_k=2) → 1.0,
        // RetrievalFallOut(top_k=2) → 0.5.
        Assert.Equal(0.5, new RetrievalPrecision(topK: 2).Update(Indexes, Rows, 2).Compute(), 4);
        Assert.Equal(0.75, new RetrievalRecall(topK: 2).Update(Indexes, Rows, 2).Compute(), 4);
        Assert.Equal(1.0, new RetrievalHitRate(topK: 2).Update(Indexes, Rows, 2).Compute(), 4);
        Assert.Equal(0.5, new RetrievalFallOut(topK: 2).Update(Indexes, Rows, 2).Compute(), 4);
    }

    [Fact]
    public void EmptyQueriesFollowTheChosenAction()
    {
        // Query 2 has no relevant item: 0, 1, left out, or an error naming it.
        int[] indexes = [1, 1, 2, 2];
        var rows = RetrievalItems.Rows([0.9, 0.1, 0.5, 0.4], [1, 0, 0, 0]);
        Assert.Equal(0.5, new RetrievalMAP().Update(indexes, rows, 2).Compute());
        Assert.Equal(1.0, new RetrievalMAP(emptyTargetAction: EmptyTargetAction.Pos).Update(indexes, rows, 2).Compute());
        Assert.Equal(1.0, new RetrievalMAP(emptyTargetAction: EmptyTargetAction.Skip).Update(indexes, rows, 2).Compute());
        var error = Assert.Throws<InvalidOperationException>(() => new RetrievalMAP(emptyTargetAction: EmptyTargetAction.Error).Update(indexes, rows, 2).Compute());
        Assert.Contains("Query 2", error.Message, StringComparison.Ordinal);
        Assert.True(double.IsNaN(new RetrievalMAP(emptyTargetAction: EmptyTargetAction.Skip).Update([2, 2], RetrievalItems.Rows([0.5, 0.4], [0, 0]), 2).Compute()));
    }

    [Fact]
    public void IgnoreIndexRemovesItemsFromTheirQuery()
    {
        // The item with relevance -1 ranks first; ignored, the relevant item is first and the precision@1 is 1.
        int[] indexes = [0, 0, 0];
        var rows = RetrievalItems.Rows([0.9, 0.5, 0.1], [-1, 1, 0]);
        Assert.Equal(0.0, new RetrievalPrecision(topK: 1).Update(indexes, rows, 2).Compute());
        Assert.Equal(1.0, new RetrievalPrecision(topK: 1, ignoreIndex: -1).Update(indexes, rows, 2).Compute());
    }

    [Fact]
    public void WeightsAreMultiplicitiesAndTiesShareTheirPlace()
    {
        // One non-relevant item of weight 2 above a relevant one: the same as listing the first item twice.
        int[] indexes = [0, 0];
        var rows = RetrievalItems.Rows([0.9, 0.1], [0, 1]);
        var weighted = new RetrievalMRR().Update(indexes, rows, 2, [true, true], [2.0, 1.0]).Compute();
        var repeated = new RetrievalMRR().Update([0, 0, 0], RetrievalItems.Rows([0.9, 0.9, 0.1], [0, 0, 1]), 2).Compute();
        Assert.Equal(repeated, weighted);
        Assert.Equal(1.0 / 3, weighted, 15);

        // Two tied items, one relevant: precision@1 is the group's half whatever the order the items came in.
        Assert.Equal(0.5, new RetrievalPrecision(topK: 1).Update([0, 0], RetrievalItems.Rows([0.5, 0.5], [1, 0]), 2).Compute());
        Assert.Equal(0.5, new RetrievalPrecision(topK: 1).Update([0, 0], RetrievalItems.Rows([0.5, 0.5], [0, 1]), 2).Compute());
    }

    [Fact]
    public void RowsOfAnotherWidthAreRejectedBeforeAnythingIsKept()
    {
        var metric = new RetrievalMAP();
        var error = Assert.Throws<ArgumentException>(() => metric.Update([0, 0], [0.1, 1, 0.2, 0.4, 0.3, 0], 3));
        Assert.Contains("2 values", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, metric.Items.Compute());
        Assert.Throws<ArgumentException>(() => new RetrievalMAP().Update([0], [double.NaN, 1], 2));
        Assert.Throws<ArgumentException>(() => RetrievalItems.Rows([0.1, 0.2], [1]));
    }

    [Fact]
    public void RetrievalMetricsShareOneStateInACollection()
    {
        var collection = new MetricCollection();
        collection.Add("map", MetricRegistry.Create("retrieval_map"));
        collection.Add("mrr", MetricRegistry.Create("retrieval_mrr"));
        collection.Add("p@2", MetricRegistry.Create("retrieval_precision", new System.Collections.Generic.Dictionary<string, object?> { ["top_k"] = 2 }));
        collection.Update(new MetricBatch(Indexes.Select(i => (double)i).ToArray(), Rows, 2));
        Assert.Equal(1, collection.StatesPerUpdate);
    }
}
