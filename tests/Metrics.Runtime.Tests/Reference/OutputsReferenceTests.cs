using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics.Tensors;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// <see cref="MultiOutputR2Score"/> against scikit-learn's <c>r2_score</c> with <c>multioutput</c> and
/// <c>sample_weight</c> (<c>Reference/make_reference_outputs.py</c> → <c>Reference/outputs.json</c>): masks, weights,
/// constant outputs (force_finite), adjusted R², 10,000 rows and targets offset by 1e9, through every input form.
/// </summary>
public sealed class OutputsReferenceTests
{
    private const double Relative = 1e-9;
    private const double Absolute = 1e-12;

    private static readonly Lazy<IReadOnlyDictionary<string, ReferenceCase>> Cases = new(() => ReferenceData.LoadFile("outputs.json"));

    public static TheoryData<string> CaseNames() => new(Cases.Value.Keys);

    private static int Regressors(ReferenceCase c) => (int)c.Param("num_regressors", 0);

    private static void AssertMatches(ReferenceCase c, MultiOutputR2Score uniform, MultiOutputR2Score weighted, string form)
    {
        var raw = c.Expected["raw"]!.AsArray().Select(ReferenceData.Number).ToArray();
        Approx.Equal(raw, uniform.PerOutput(), Relative, Absolute, $"{c.Name}, {form}, raw values");
        Approx.Equal(ReferenceData.Number(c.Expected["uniform"]), uniform.Compute(), Relative, Absolute, $"{c.Name}, {form}, uniform");
        Approx.Equal(ReferenceData.Number(c.Expected["variance_weighted"]), weighted.Compute(), Relative, Absolute, $"{c.Name}, {form}, variance weighted");
    }

    private static (MultiOutputR2Score Uniform, MultiOutputR2Score Weighted) Fresh(ReferenceCase c) =>
        (new(MultiOutputAverage.Uniform, Regressors(c)), new(MultiOutputAverage.VarianceWeighted, Regressors(c)));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void SpansMatchScikitLearn(string name)
    {
        var c = Cases.Value[name];
        var columns = c.Columns!.Value;
        MultiOutputR2Score Run(MultiOutputR2Score m) => (c.Mask, c.Weights) switch
        {
            (null, null) => m.Update(c.Labels.AsSpan(), c.Predictions, columns),
            (null, _) => m.Update(c.Labels.AsSpan(), c.Predictions, columns, c.Weights.AsSpan()),
            (_, null) => m.Update(c.Labels.AsSpan(), c.Predictions, columns, c.Mask.AsSpan()),
            _ => m.Update(c.Labels.AsSpan(), c.Predictions, columns, c.Mask.AsSpan(), c.Weights.AsSpan()),
        };
        var (uniform, weighted) = Fresh(c);
        AssertMatches(c, Run(uniform), Run(weighted), "spans");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void ArraysTensorsAndUntypedBatchesMatchScikitLearn(string name)
    {
        var c = Cases.Value[name];
        var columns = c.Columns!.Value;
        var rows = c.Labels!.Length / columns;
        var (uniform, weighted) = Fresh(c);
        var y = RegressionCase.Rows(c.Labels, columns);
        var p = RegressionCase.Rows(c.Predictions, columns);
        AssertMatches(c, uniform.Empty().Update(y, p, c.Mask, c.Weights), weighted.Empty().Update(y, p, c.Mask, c.Weights), "2-D arrays");

        var ty = Tensor.Create(c.Labels, [rows, columns]);
        var tp = Tensor.Create(c.Predictions, [rows, columns]);
        var tm = c.Mask is null ? null : Tensor.Create(c.Mask, [rows]);
        var tw = c.Weights is null ? null : Tensor.Create(c.Weights, [rows]);
        AssertMatches(c, uniform.Empty().Update(ty, tp, tm, tw), weighted.Empty().Update(ty, tp, tm, tw), "tensors");

        var batch = new MetricBatch(c.Labels, c.Predictions, columns);
        batch = c.Mask is null ? batch : batch.WithMask(c.Mask);
        batch = c.Weights is null ? batch : batch.WithWeights(c.Weights);
        var arguments = new Dictionary<string, object?> { ["num_regressors"] = Regressors(c) };
        var byName = MetricRegistry.Create("multi_output_r2_score", arguments);
        byName.Update(batch);
        var byNameWeighted = MetricRegistry.Create(
            "MultiOutputR2Score", new Dictionary<string, object?>(arguments) { ["class_aggregation"] = "variance_weighted_average" });
        byNameWeighted.Update(batch);
        AssertMatches(c, (MultiOutputR2Score)byName.State, (MultiOutputR2Score)byNameWeighted.State, "registry and MetricBatch");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void MergedShardsMatchScikitLearn(string name)
    {
        var c = Cases.Value[name];
        var columns = c.Columns!.Value;
        var rows = c.Labels!.Length / columns;
        var cuts = new[] { 0, rows / 3, rows / 3, (2 * rows) / 3, rows };
        MultiOutputR2Score Shards(MultiOutputR2Score template)
        {
            var merged = template.Empty();
            for (var s = 0; s + 1 < cuts.Length; s++)
            {
                var (start, count) = (cuts[s], cuts[s + 1] - cuts[s]);
                var mask = c.Mask is null ? Enumerable.Repeat(true, count).ToArray() : c.Mask[start..(start + count)];
                var weights = c.Weights is null ? Enumerable.Repeat(1.0, count).ToArray() : c.Weights[start..(start + count)];
                var shard = template.Empty().Update(
                    c.Labels.AsSpan(start * columns, count * columns), c.Predictions.AsSpan(start * columns, count * columns), columns, mask, weights);
                merged = merged.Merge(shard);
            }

            return merged;
        }

        var (uniform, weighted) = Fresh(c);
        AssertMatches(c, Shards(uniform), Shards(weighted), "merged shards");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void FloatBatchesAgreeWithDoubleOnFloatData(string name)
    {
        var c = Cases.Value[name];
        if (!c.Labels!.Concat(c.Predictions).Concat(c.Weights ?? []).All(x => (double)(float)x == x))
        {
            Assert.Equal("offset_1e9", name);
            return;
        }

        var columns = c.Columns!.Value;
        var (uniform, weighted) = Fresh(c);
        var y = RegressionCase.Rows(c.Labels!.Select(x => (float)x).ToArray(), columns);
        var p = RegressionCase.Rows(c.Predictions.Select(x => (float)x).ToArray(), columns);
        var w = c.Weights?.Select(x => (float)x).ToArray();
        AssertMatches(c, uniform.Update(y, p, c.Mask, w), weighted.Update(y, p, c.Mask, w), "float arrays");
        Assert.Equal(
            Fresh(c).Uniform.Update(RegressionCase.Rows(c.Labels!, columns), RegressionCase.Rows(c.Predictions, columns), c.Mask, c.Weights),
            uniform);
    }

    [Fact]
    public void EachOutputIsTheScalarR2ScoreOfItsColumn()
    {
        var c = Cases.Value["masked_weighted"];
        var columns = c.Columns!.Value;
        var rows = c.Labels!.Length / columns;
        var metric = new MultiOutputR2Score(numRegressors: 1).Update(c.Labels.AsSpan(), c.Predictions, columns, c.Mask, c.Weights);
        for (var j = 0; j < columns; j++)
        {
            var column = j;
            double[] Column(double[] flat) => Enumerable.Range(0, rows).Select(i => flat[(i * columns) + column]).ToArray();
            Assert.Equal(new R2Score(1).Update(Column(c.Labels), Column(c.Predictions), c.Mask, c.Weights), metric.Outputs[j]);
        }
    }
}
