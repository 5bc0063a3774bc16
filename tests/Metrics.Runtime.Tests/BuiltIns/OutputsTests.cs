using System;
using System.Collections.Generic;
using System.Numerics.Tensors;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// <see cref="MultiOutputR2Score"/>: Keras' documented value, how the number of outputs is fixed, bad input (SPEC §7:
/// column count mismatch, ragged rows, shapes, weights; the state unchanged after a rejection), the registry, and no
/// allocation per update after the first.
/// </summary>
[Collection(nameof(AllocationProbe))]
public sealed class OutputsTests
{
    private static readonly double[] Labels = [1, 10, 2, 12, 3, 9, 4, 15, 5, 11];
    private static readonly double[] Predictions = [1.5, 10, 2, 13, 2.5, 9.5, 4, 14, 5.5, 10];

    private static TException Rejects<TException>(Action action, string paramName, params string[] fragments)
        where TException : ArgumentException
    {
        var exception = Assert.Throws<TException>(action);
        Assert.Equal(paramName, exception.ParamName);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, exception.Message, StringComparison.Ordinal);
        }

        return exception;
    }

    [Fact]
    public void Keras_R2Score_Is0_57142854()
    {
        // keras.metrics.R2Score() on y [[1],[4],[3]], p [[2],[4],[4]] (peers.md §1.5).
        var y = new double[,] { { 1 }, { 4 }, { 3 } };
        var p = new double[,] { { 2 }, { 4 }, { 4 } };
        Approx.PrintedFloat32("0.57142854", new MultiOutputR2Score().Update(y, p).Compute());
        var yf = new float[,] { { 1 }, { 4 }, { 3 } };
        var pf = new float[,] { { 2 }, { 4 }, { 4 } };
        Approx.PrintedFloat32("0.57142854", new MultiOutputR2Score(MultiOutputAverage.VarianceWeighted).Update(yf, pf).Compute());
    }

    [Fact]
    public void OutputsComeFromTheFirstBatchThatKeepsARow()
    {
        var metric = new MultiOutputR2Score();
        Assert.Equal(0, metric.OutputCount);
        Assert.True(double.IsNaN(metric.Compute()));
        Assert.Empty(metric.PerOutput());

        metric.Update(Labels.AsSpan(0, 4), Predictions.AsSpan(0, 4), 4, [false]);
        metric.Update(Labels.AsSpan(0, 4), Predictions.AsSpan(0, 4), 2, new double[] { 0, 0 });
        Assert.Equal(new MultiOutputR2Score(), metric);

        metric.Update(Labels, Predictions, 2);
        Assert.Equal(2, metric.OutputCount);
        Assert.Equal(2, metric.PerOutput().Length);
        Rejects<ArgumentException>(() => metric.Update(Labels, Predictions, 5), "columns", "'columns' is 5 but the metric has 2 outputs");
        Rejects<ArgumentException>(() => metric.Update(new double[,] { { 1, 2, 3 } }, new double[,] { { 1, 2, 3 } }), "labels", "'labels' has 3 output columns but the metric has 2 outputs");

        Assert.Equal(0, metric.Reset().OutputCount);
        Assert.Equal(3, new MultiOutputR2Score(numOutputs: 3).OutputCount);
        Rejects<ArgumentException>(() => new MultiOutputR2Score(numOutputs: 5).Update(Labels, Predictions, 2), "columns", "the metric has 5 outputs");
    }

    [Fact]
    public void BadShapesAreRejectedAndLeaveTheStateUnchanged()
    {
        var metric = new MultiOutputR2Score().Update(Labels, Predictions, 2);
        var before = metric.Copy();

        Rejects<ArgumentException>(() => metric.Update(Labels.AsSpan(0, 9), Predictions.AsSpan(0, 9), 2), "labels", "'labels' has 9 elements, which is not a whole number of rows of 2 columns");
        Rejects<ArgumentException>(() => metric.Update(Labels, Predictions.AsSpan(0, 8), 2), "predictions", "'predictions' has 8 elements but 'labels' requires 10");
        Rejects<ArgumentOutOfRangeException>(() => new MultiOutputR2Score().Update(Labels, Predictions, 0), "columns");
        Rejects<ArgumentException>(() => metric.Update(Labels, Predictions, 2, new bool[4]), "mask", "'mask' has 4 elements but 'rows of labels' requires 5");
        Rejects<ArgumentException>(() => metric.Update(Labels, Predictions, 2, new double[6]), "weights", "'weights' has 6 elements");
        Rejects<ArgumentOutOfRangeException>(() => metric.Update(Labels, Predictions, 2, [1.0, 1, -2, 1, 1]), "weights", "weights[2] = -2");
        Rejects<ArgumentOutOfRangeException>(() => metric.Update(Labels, Predictions, 2, [1.0, double.NaN, 1, 1, 1]), "weights", "weights[1] = NaN");
        Rejects<ArgumentException>(() => metric.Update(new double[5, 2], new double[5, 3]), "predictions", "'predictions' has shape [5, 3] but 'labels' has shape [5, 2]");
        Rejects<ArgumentException>(() => metric.Update(Tensor.Create(Labels, [10]), Tensor.Create(Predictions, [10])), "labels", "at least two dimensions");
        Rejects<ArgumentException>(() => metric.Update(Tensor.Create(Labels, [5, 2]), Tensor.Create(Predictions, [5, 2]), Tensor.Create(new bool[10], [5, 2])), "mask", "'mask' has shape [5, 2] but 'labels' rows' requires [5]");
        Rejects<ArgumentException>(() => metric.Update(Tensor.Create(Labels, [5, 2]), Tensor.Create(Predictions, [2, 5])), "predictions", "'predictions' has shape [2, 5]");
        Rejects<ArgumentException>(() => metric.Update(new MetricBatch(Labels.AsSpan(0, 5), Predictions, 2)), "batch", "a label row per prediction row");

        Assert.Equal(before, metric);
    }

    [Fact]
    public void MergeNeedsTheSameParametersAndOutputs()
    {
        var two = new MultiOutputR2Score().Update(Labels, Predictions, 2);
        var five = new MultiOutputR2Score().Update(Labels, Predictions, 5);
        Rejects<ArgumentException>(() => _ = two.Merge(five), "other", "states of 2 and 5 outputs");
        Rejects<ArgumentException>(() => _ = two.Merge(new MultiOutputR2Score(MultiOutputAverage.VarianceWeighted)), "other", "VarianceWeighted");
        Assert.Equal(two, two.Merge(new MultiOutputR2Score()));
        Assert.Equal(two, new MultiOutputR2Score().Merge(two));
        Rejects<ArgumentOutOfRangeException>(() => new MultiOutputR2Score(numRegressors: -1), "NumRegressors", "NumRegressors = -1");
        Rejects<ArgumentOutOfRangeException>(() => new MultiOutputR2Score(numOutputs: -2), "NumOutputs", "NumOutputs = -2");
        Rejects<ArgumentOutOfRangeException>(() => new MultiOutputR2Score((MultiOutputAverage)7), "ClassAggregation", "7");
    }

    [Fact]
    public void RegistryTakesKerasParameterSpellings()
    {
        Assert.IsType<R2Score>(MetricRegistry.Create("r2_score").State);
        var keras = MetricRegistry.Create(
            "multi_output_r2_score",
            new Dictionary<string, object?> { ["class_aggregation"] = "variance_weighted_average", ["num_regressors"] = 1L, ["num_outputs"] = 2 });
        Assert.Equal(new MultiOutputR2Score(MultiOutputAverage.VarianceWeighted, 1, 2), keras.State);
        var sklearn = MetricRegistry.Create("MultiOutputR2Score", new Dictionary<string, object?> { ["multioutput"] = "uniform_average" });
        Assert.Equal(new MultiOutputR2Score(), sklearn.State);

        Rejects<ArgumentException>(() => MetricRegistry.Create("multi_output_r2_score", new Dictionary<string, object?> { ["class_aggregation"] = null }), "class_aggregation", "PerOutput()");
        Rejects<ArgumentException>(() => MetricRegistry.Create("multi_output_r2_score", new Dictionary<string, object?> { ["multioutput"] = "raw_values" }), "multioutput", "PerOutput()");
        Rejects<ArgumentException>(() => MetricRegistry.Create("multi_output_r2_score", new Dictionary<string, object?> { ["aggregation"] = "uniform" }), "aggregation", "ClassAggregation, NumRegressors, NumOutputs");

        // A 1-D batch is one output: the scalar R2Score's value.
        var oneOutput = MetricRegistry.Create("multi_output_r2_score");
        oneOutput.Update(new MetricBatch(Labels, Predictions));
        Assert.Equal(new R2Score().Update(Labels, Predictions).Compute(), (double)oneOutput.Compute());
    }

    [Fact]
    public void CollectionMembersWithDifferentParametersKeepTheirOwnStates()
    {
        var collection = new MetricCollection()
            .Add<MultiOutputR2Score, double>(new MultiOutputR2Score(), "uniform")
            .Add<MultiOutputR2Score, double>(new MultiOutputR2Score(MultiOutputAverage.VarianceWeighted), "weighted");
        collection.Update(new MetricBatch(Labels, Predictions, 2).WithMask([true, true, false, true, true]));
        bool[] mask = [true, true, false, true, true];
        var values = collection.Compute();
        Assert.Equal(new MultiOutputR2Score().Update(Labels, Predictions, 2, mask).Compute(), (double)values["uniform"]);
        Assert.Equal(new MultiOutputR2Score(MultiOutputAverage.VarianceWeighted).Update(Labels, Predictions, 2, mask).Compute(), (double)values["weighted"]);
    }

    [Fact]
    public void UpdatesAfterTheFirstAllocateNothing()
    {
        var rng = new Random(3);
        var labels = rng.Normals(4096 * 4, 0, 1);
        var predictions = rng.Normals(4096 * 4, 0, 1);
        var floats = Array.ConvertAll(labels, x => (float)x);
        var mask = Array.ConvertAll(rng.Normals(4096, 0, 1), x => x > -1);
        var weights = rng.Uniforms(4096, 0, 2);
        var rows = new double[512, 4];
        var metric = new MultiOutputR2Score(MultiOutputAverage.VarianceWeighted);
        metric.Update(labels, predictions, 4);
        AllocationProbe.AssertNoAllocation(() =>
        {
            metric.Update(labels, predictions, 4);
            metric.Update(labels, predictions, 4, mask, weights);
            metric.Update(floats, floats, 4, mask);
            metric.Update(rows, rows);
        });
        Assert.True(metric.Outputs[0].Count > 100 * 4096, "the updates inside the measured lambda reached the metric");
    }
}
