using System;
using System.Collections.Generic;
using System.Linq;

namespace Metrics.Runtime.Tests.BadInput;

/// <summary>
/// The five dot-product ranking metrics, typed-only (their inputs are queries, keys and candidate indices), and their
/// SPEC §7 cases: mismatched lengths, indices outside the keys, a feature size that does not divide, bad weights, NaN
/// embeddings, empty and all-masked batches, merges.
/// </summary>
internal static class DotProductMatrix
{
    private static readonly string[] Shapes = ["labels", "indices", "queries", "keys", "features"];

    /// <summary>The metric types walked here.</summary>
    public static IReadOnlyList<Type> Types { get; } =
        [typeof(DotProductPrecisionAtK), typeof(DotProductRecallAtK), typeof(DotProductMeanReciprocalRank), typeof(DotProductMeanAveragePrecision), typeof(DotProductNDCG)];

    /// <summary>Creates the named metric by identifier with parameters, as a subject.</summary>
    public static DotProductSubjectFactory Factory(string name) => name switch
    {
        nameof(DotProductPrecisionAtK) => arguments => new DotProductSubject<DotProductPrecisionAtK>(
            MetricRegistry.Create<DotProductPrecisionAtK>("dot_product_precision_at_k", arguments),
            (m, b) => Call(b, (l, q, k, i, f) => m.Update(l, q, k, i, f), (l, q, k, i, f, mk) => m.Update(l, q, k, i, f, mk), (l, q, k, i, f, mk, w) => m.Update(l, q, k, i, f, mk, w))),
        nameof(DotProductRecallAtK) => arguments => new DotProductSubject<DotProductRecallAtK>(
            MetricRegistry.Create<DotProductRecallAtK>("dot_product_recall_at_k", arguments),
            (m, b) => Call(b, (l, q, k, i, f) => m.Update(l, q, k, i, f), (l, q, k, i, f, mk) => m.Update(l, q, k, i, f, mk), (l, q, k, i, f, mk, w) => m.Update(l, q, k, i, f, mk, w))),
        nameof(DotProductMeanReciprocalRank) => arguments => new DotProductSubject<DotProductMeanReciprocalRank>(
            MetricRegistry.Create<DotProductMeanReciprocalRank>("dot_product_mean_reciprocal_rank", arguments),
            (m, b) => Call(b, (l, q, k, i, f) => m.Update(l, q, k, i, f), (l, q, k, i, f, mk) => m.Update(l, q, k, i, f, mk), (l, q, k, i, f, mk, w) => m.Update(l, q, k, i, f, mk, w))),
        nameof(DotProductMeanAveragePrecision) => arguments => new DotProductSubject<DotProductMeanAveragePrecision>(
            MetricRegistry.Create<DotProductMeanAveragePrecision>("dot_product_mean_average_precision", arguments),
            (m, b) => Call(b, (l, q, k, i, f) => m.Update(l, q, k, i, f), (l, q, k, i, f, mk) => m.Update(l, q, k, i, f, mk), (l, q, k, i, f, mk, w) => m.Update(l, q, k, i, f, mk, w))),
        nameof(DotProductNDCG) => arguments => new DotProductSubject<DotProductNDCG>(
            MetricRegistry.Create<DotProductNDCG>("dot_product_ndcg", arguments),
            (m, b) => Call(b, (l, q, k, i, f) => m.Update(l, q, k, i, f), (l, q, k, i, f, mk) => m.Update(l, q, k, i, f, mk), (l, q, k, i, f, mk, w) => m.Update(l, q, k, i, f, mk, w))),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a dot-product metric"),
    };

    /// <summary>The cases; <paramref name="create"/> makes the metric with parameters.</summary>
    /// <param name="create">Creates the metric with parameters by name.</param>
    /// <param name="gains">Whether labels are gains (NDCG: a NaN propagates) rather than binary relevance (a NaN is not relevant).</param>
    public static IEnumerable<MatrixCase> Cases(DotProductSubjectFactory create, bool gains)
    {
        var valid = DotProductBatch.Valid();
        var rows = valid.Rows;
        MatrixCase Update(string name, Expectation expect, string[] paramNames, DotProductBatch bad, DotProductBatch? same = null) =>
            new(name, expect, paramNames, s => ((IDotProductSubject)s).Update(bad), same is null ? null : s => ((IDotProductSubject)s).Update(same));

        yield return Update("labels shorter than indices", Expectation.Reject, Shapes, valid with { Labels = valid.Labels[..^1] });
        yield return Update("indices shorter than labels", Expectation.Reject, Shapes, valid with { Indices = valid.Indices[..^1] });
        yield return Update("queries not a whole number of embeddings", Expectation.Reject, Shapes, valid with { Queries = valid.Queries[..^1] });
        yield return Update("keys not a whole number of embeddings", Expectation.Reject, Shapes, valid with { Keys = valid.Keys[..^1] });
        yield return Update("candidates not a whole number per query", Expectation.Reject, Shapes, valid with { Labels = valid.Labels[..^1], Indices = valid.Indices[..^1] });
        yield return Update("features 0", Expectation.Reject, Shapes, valid with { Features = 0 });
        yield return Update("features -1", Expectation.Reject, Shapes, valid with { Features = -1 });
        yield return Update("index -1", Expectation.Reject, ["indices"], valid.With(b => { b.Indices[1] = -1; return b; }));
        yield return Update("index = number of keys", Expectation.Reject, ["indices"], valid.With(b => { b.Indices[1] = 3; return b; }));
        yield return Update("index int.MaxValue", Expectation.Reject, ["indices"], valid.With(b => { b.Indices[1] = int.MaxValue; return b; }));
        yield return Update("mask longer", Expectation.Reject, ["mask"], valid with { Mask = Enumerable.Repeat(true, rows + 1).ToArray() });
        yield return Update("weights shorter", Expectation.Reject, ["weights"], valid with { Weights = Enumerable.Repeat(1.0, rows - 1).ToArray() });
        foreach (var weight in new[] { -1.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            yield return Update($"weight {weight}", Expectation.Reject, ["weights"], valid with { Weights = [1, weight] });
        }

        yield return gains
            ? Update("label NaN", Expectation.PropagateOrReject, [], valid.With(b => { b.Labels[0] = double.NaN; return b; }))
            : Update("label NaN", Expectation.SameAsOrReject, [], valid.With(b => { b.Labels[0] = double.NaN; return b; }), valid.With(b => { b.Labels[0] = 0; return b; }));
        yield return Update("query NaN", Expectation.AnyClear, [], valid.With(b => { b.Queries[0] = double.NaN; return b; }));
        yield return Update("key NaN", Expectation.AnyClear, [], valid.With(b => { b.Keys[0] = double.NaN; return b; }));
        yield return Update("key +inf", Expectation.AnyClear, [], valid.With(b => { b.Keys[0] = double.PositiveInfinity; return b; }));
        yield return Update("empty batch", Expectation.NoOp, [], new DotProductBatch([], [], valid.Keys, [], valid.Features));
        yield return Update("all masked", Expectation.NoOp, [], valid with { Mask = new bool[rows] });
        yield return Update("all masked, NaN queries and bad indices", Expectation.NoOp, [],
            valid with { Queries = Enumerable.Repeat(double.NaN, valid.Queries.Length).ToArray(), Indices = Enumerable.Repeat(-1, valid.Indices.Length).ToArray(), Mask = new bool[rows] });
        yield return Update("all weights zero, NaN queries", Expectation.NoOp, [],
            valid with { Queries = Enumerable.Repeat(double.NaN, valid.Queries.Length).ToArray(), Weights = new double[rows] });
        yield return new MatrixCase("merge with other parameters", Expectation.Reject, ["other"], s => s.Merge(create(new Dictionary<string, object?> { ["k"] = 1 })));
        yield return new MatrixCase("merge with an empty clone", Expectation.NoOp, [], s => s.Merge(s.Clone()));
        yield return new MatrixCase("k 0", Expectation.Reject, ["k"], _ => create(new Dictionary<string, object?> { ["k"] = 0 }));
        yield return new MatrixCase("k -1", Expectation.Reject, ["k"], _ => create(new Dictionary<string, object?> { ["k"] = -1 }));
    }

    private delegate TMetric Plain<TMetric>(ReadOnlySpan<double> labels, ReadOnlySpan<double> queries, ReadOnlySpan<double> keys, ReadOnlySpan<int> indices, int features);

    private delegate TMetric Masked<TMetric>(ReadOnlySpan<double> labels, ReadOnlySpan<double> queries, ReadOnlySpan<double> keys, ReadOnlySpan<int> indices, int features, ReadOnlySpan<bool> mask);

    private delegate TMetric Weighted<TMetric>(ReadOnlySpan<double> labels, ReadOnlySpan<double> queries, ReadOnlySpan<double> keys, ReadOnlySpan<int> indices, int features, ReadOnlySpan<bool> mask, ReadOnlySpan<double> weights);

    // The span overloads take weights only with a mask: an all-kept mask stands for "no mask".
    private static TMetric Call<TMetric>(DotProductBatch b, Plain<TMetric> plain, Masked<TMetric> masked, Weighted<TMetric> weighted) =>
        b.Weights is { } weights ? weighted(b.Labels, b.Queries, b.Keys, b.Indices, b.Features, b.Mask ?? Enumerable.Repeat(true, b.Rows).ToArray(), weights)
        : b.Mask is { } mask ? masked(b.Labels, b.Queries, b.Keys, b.Indices, b.Features, mask)
        : plain(b.Labels, b.Queries, b.Keys, b.Indices, b.Features);
}

/// <summary>Creates a dot-product subject with parameters by name.</summary>
internal delegate IDotProductSubject DotProductSubjectFactory(IReadOnlyDictionary<string, object?> arguments);

/// <summary>A subject updated with <see cref="DotProductBatch"/>es.</summary>
internal interface IDotProductSubject : IMatrixSubject
{
    /// <summary>Accumulates the batch.</summary>
    void Update(DotProductBatch batch);
}
