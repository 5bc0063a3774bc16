using System;
using System.Collections.Generic;
using System.Linq;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>
/// Property-test drivers of the retrieval metrics: items of five ragged queries (ids spread over 0–12), scores rounded
/// to a tenth so that ties occur, graded relevance, and some queries without a relevant item. The exact component is
/// the kept weight; the value is compared within rounding.
/// </summary>
internal static class RetrievalDrivers
{
    public static readonly IReadOnlyList<IMetricDriver> All =
    [
        new RetrievalDriver<RetrievalMAP>(new(), new(topK: 3), (m, l, p, mask, w) => m.Update(l, p, mask, w), m => m.Items, m => m.Compute()),
        new RetrievalDriver<RetrievalMRR>(new(topK: 2), new(), (m, l, p, mask, w) => m.Update(l, p, mask, w), m => m.Items, m => m.Compute()),
        new RetrievalDriver<RetrievalPrecision>(new(topK: 3), new(topK: 3, adaptiveK: true), (m, l, p, mask, w) => m.Update(l, p, mask, w), m => m.Items, m => m.Compute()),
        new RetrievalDriver<RetrievalRecall>(new(topK: 2), new(emptyTargetAction: EmptyTargetAction.Skip), (m, l, p, mask, w) => m.Update(l, p, mask, w), m => m.Items, m => m.Compute()),
        new RetrievalDriver<RetrievalNormalizedDCG>(new(), new(topK: 2), (m, l, p, mask, w) => m.Update(l, p, mask, w), m => m.Items, m => m.Compute()),
        new RetrievalDriver<RetrievalHitRate>(new(topK: 1), new(topK: 4), (m, l, p, mask, w) => m.Update(l, p, mask, w), m => m.Items, m => m.Compute()),
        new RetrievalDriver<RetrievalRPrecision>(new(emptyTargetAction: EmptyTargetAction.Pos), new(), (m, l, p, mask, w) => m.Update(l, p, mask, w), m => m.Items, m => m.Compute()),
        new RetrievalDriver<RetrievalFallOut>(new(topK: 2), new(ignoreIndex: 3), (m, l, p, mask, w) => m.Update(l, p, mask, w), m => m.Items, m => m.Compute()),
    ];

    public static Batch Items(Random rng, int rows)
    {
        var queries = rng.Integers(rows, 0, 5).Select(q => (q * 3) + 1).ToArray();
        var predictions = new double[2 * rows];
        for (var i = 0; i < rows; i++)
        {
            var relevance = rng.NextDouble() < 0.4 ? rng.Next(1, 4) : 0;
            predictions[2 * i] = Math.Round(rng.NextDouble() + (0.2 * relevance), 1);
            predictions[(2 * i) + 1] = relevance;
        }

        return new Batch(rows, 1, 2, queries, predictions);
    }
}

/// <summary>The (query id, row) batch update of a retrieval metric.</summary>
internal delegate TM RowsUpdate<TM>(TM metric, int[] labels, double[,] rows, bool[]? mask, double[]? weights);

/// <summary>A retrieval metric: query ids as labels, (score, relevance) rows.</summary>
internal sealed class RetrievalDriver<TM>(TM created, TM other, RowsUpdate<TM> update, Func<TM, RetrievalItems> items, Func<TM, double> compute) : MetricDriver<TM>
    where TM : struct, IMetric<TM>
{
    public override TM Create() => created;

    public override TM? CreateOther() => other;

    public override Batch Generate(Random rng, int rows) => RetrievalDrivers.Items(rng, rows);

    public override Batch Poison(Batch batch, bool[] rows, bool outOfRange) => batch.Poison(rows, outOfRange ? -7 : null, double.NaN);

    public override TM Update(TM m, Batch b, bool[]? mask, double[]? weights) =>
        update(m, b.IntLabels, b.PredictionRows, mask, weights);

    public override double[] Exact(TM m) => [ParityDrivers.TotalWeight(items(m).Items)];

    public override double[] Approximate(TM m) => [compute(m)];
}
