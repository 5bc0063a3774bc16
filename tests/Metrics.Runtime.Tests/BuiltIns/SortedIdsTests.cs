using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics.Tensors;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// <see cref="SparseTopKSortedIdsAccuracy"/> (Keras' <c>SparseTopKCategoricalAccuracy(from_sorted_ids=True)</c>): the
/// Keras doc value, reference values (<c>Reference/make_reference_sorted_ids.py</c> → <c>sorted_ids.json</c>, checked
/// there against scikit-learn's <c>top_k_accuracy_score</c>) through every input form, agreement with the score form,
/// bad input and allocation.
/// </summary>
[Collection(nameof(AllocationProbe))]
public sealed class SortedIdsTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, ReferenceCase>> Cases = new(() => ReferenceData.LoadFile("sorted_ids.json"));

    public static TheoryData<string> CaseNames() => new(Cases.Value.Keys);

    [Fact]
    public void Keras_SparseTopK_FromSortedIds_Is0_5()
    {
        // keras.metrics.SparseTopKCategoricalAccuracy(k=1, from_sorted_ids=True): y [2, 1], ids [[1, 0, 3], [1, 2, 3]] (peers.md §1.3).
        Approx.PrintedFloat32("0.5", new SparseTopKSortedIdsAccuracy(k: 1).Update([2, 1], new[,] { { 1, 0, 3 }, { 1, 2, 3 } }).Compute());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void EveryInputFormMatchesTheReference(string name)
    {
        var c = Cases.Value[name];
        var k = (int)c.Param("k", 5);
        var columns = c.Columns!.Value;
        var labels = c.IntLabels;
        var ids = c.Predictions.Select(x => (int)x).ToArray();
        var expected = ReferenceData.Number(c.Expected);
        var metric = new SparseTopKSortedIdsAccuracy(k);

        var spans = (c.Mask, c.Weights) switch
        {
            (null, null) => metric.Empty().Update(labels.AsSpan(), ids, columns),
            (null, _) => metric.Empty().Update(labels.AsSpan(), ids, columns, c.Weights.AsSpan()),
            (_, null) => metric.Empty().Update(labels.AsSpan(), ids, columns, c.Mask.AsSpan()),
            _ => metric.Empty().Update(labels.AsSpan(), ids, columns, c.Mask.AsSpan(), c.Weights.AsSpan()),
        };
        Approx.Equal(expected, spans.Compute(), 1e-12, 1e-15, name + ", spans");
        Assert.Equal(spans, metric.Empty().Update(labels, RegressionCase.Rows(ids, columns), c.Mask, c.Weights));

        var rows = labels.Length;
        var tensors = metric.Empty().Update(
            Tensor.Create(labels, [rows]),
            Tensor.Create(ids, [rows, columns]),
            c.Mask is null ? null : Tensor.Create(c.Mask, [rows]),
            c.Weights is null ? null : Tensor.Create(c.Weights, [rows]));
        Assert.Equal(spans, tensors);

        var batch = new MetricBatch(c.Labels, c.Predictions, columns);
        batch = c.Mask is null ? batch : batch.WithMask(c.Mask);
        batch = c.Weights is null ? batch : batch.WithWeights(c.Weights);
        var byName = MetricRegistry.Create("sparse_top_k_sorted_ids_accuracy", new Dictionary<string, object?> { ["k"] = k });
        byName.Update(batch);
        Assert.Equal(spans, byName.State);
    }

    [Fact]
    public void FullSortedIdsAgreeWithTheScoreForm()
    {
        var rng = new Random(8);
        const int rows = 300, classes = 7;
        var scores = new double[rows, classes];
        var ids = new int[rows, classes];
        var labels = new int[rows];
        for (var i = 0; i < rows; i++)
        {
            labels[i] = rng.Next(classes);
            var row = Enumerable.Range(0, classes).Select(_ => rng.NextDouble()).ToArray();
            var order = Enumerable.Range(0, classes).OrderByDescending(j => row[j]).ToArray();
            for (var j = 0; j < classes; j++)
            {
                scores[i, j] = row[j];
                ids[i, j] = order[j];
            }
        }

        var weights = rng.Uniforms(rows, 0, 2);
        for (var k = 1; k <= classes; k++)
        {
            var fromScores = new SparseTopKCategoricalAccuracy(k).Update(labels, scores, weights: weights);
            var fromIds = new SparseTopKSortedIdsAccuracy(k).Update(labels, ids, weights: weights);
            Assert.Equal(fromScores.Correct, fromIds.Correct);
            Assert.Equal(fromScores.Count, fromIds.Count);
        }
    }

    [Fact]
    public void BadInputIsRejected()
    {
        Assert.Equal("K", Assert.Throws<ArgumentOutOfRangeException>(() => new SparseTopKSortedIdsAccuracy(k: 0)).ParamName);
        var metric = new SparseTopKSortedIdsAccuracy(k: 2).Update([1, 2], new[,] { { 1, 0 }, { 0, 1 } });
        var before = metric;
        var ragged = Assert.Throws<ArgumentException>(() => metric.Update([1, 2], [1, 0, 2], 2));
        Assert.Equal("predictions", ragged.ParamName);
        Assert.Contains("'predictions' has 3 elements but 2 labels of rows of 2 columns require 4", ragged.Message, StringComparison.Ordinal);
        var mask = Assert.Throws<ArgumentException>(() => metric.Update([1, 2], new[,] { { 1, 0 }, { 0, 1 } }, mask: [true]));
        Assert.Equal("mask", mask.ParamName);
        var weight = Assert.Throws<ArgumentOutOfRangeException>(() => metric.Update([1, 2], new[,] { { 1, 0 }, { 0, 1 } }, weights: [1, -1]));
        Assert.Contains("weights[1] = -1", weight.Message, StringComparison.Ordinal);
        Assert.Equal(before, metric);
        Assert.Equal(0.5, metric.Compute());
    }

    [Fact]
    public void UpdatesAllocateNothing()
    {
        var rng = new Random(2);
        var labels = Enumerable.Range(0, 4096).Select(_ => rng.Next(50)).ToArray();
        var ids = Enumerable.Range(0, 4096 * 10).Select(_ => rng.Next(50)).ToArray();
        var weights = rng.Uniforms(4096, 0, 2);
        var metric = new SparseTopKSortedIdsAccuracy(k: 5);
        AllocationProbe.AssertNoAllocation(() =>
        {
            metric.Update(labels, ids, 10);
            metric.Update(labels, ids, 10, weights);
        });
        Assert.True(metric.Count > 100 * 4096, "the updates inside the measured lambda reached the metric");
    }
}
