using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics.Tensors;
using Metrics.Runtime.Tests.Custom;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The custom metrics declared in this project (<see cref="HuberLoss"/>, <see cref="TopOneHitRate"/>) get the same
/// generated API as the built-ins: values, masks, weights, merging, tensors, validation and the generic
/// <see cref="IMetric{TSelf, TResult}"/> interface. (The algebraic properties run in <see cref="PropertyTests"/>.)
/// </summary>
public sealed class CustomMetricTests
{
    private static readonly double[] Zeros = [0, 0, 0, 0];
    private static readonly double[] Predictions = [0.5, -1, 2, -3];

    private static readonly double[,] Scores = { { 0.1, 0.9 }, { 0.5, 0.5 }, { 0.7, 0.3 } };
    private static readonly int[] Classes = [1, 1, 1];

    /// <summary>Folds shards with <c>Merge</c> through the generic interface and computes the result.</summary>
    private static TResult MergeAll<T, TResult>(IEnumerable<T> shards)
        where T : struct, IMetric<T, TResult>
    {
        T? merged = null;
        foreach (var shard in shards)
        {
            merged = merged is T m ? m.Merge(shard) : shard;
        }

        return merged is T result ? result.Compute() : throw new ArgumentException("no shards", nameof(shards));
    }

    private static string NameOf<T>()
        where T : struct, IMetric<T> => T.MetricName;

    /// <summary>The Huber loss of one error, written out independently of the metric.</summary>
    private static double Huber(double error, double delta) =>
        Math.Abs(error) <= delta ? error * error / 2 : (delta * Math.Abs(error)) - (delta * delta / 2);

    // ------------------------------------------------------------------ HuberLoss values

    [Fact]
    public void Huber_HandComputedValues()
    {
        // |errors| 0.5, 1, 2, 3 → δ = 1: 0.125, 0.5, 1.5, 2.5; δ = 2: 0.125, 0.5, 2, 4.
        Assert.Equal(4.625 / 4, new HuberLoss().Update(Zeros, Predictions).Compute());
        Assert.Equal(4.625 / 4, new HuberLoss(delta: 1).Update(Zeros, Predictions).Compute());
        Assert.Equal(6.625 / 4, new HuberLoss(delta: 2).Update(Zeros, Predictions).Compute());
        Assert.Equal(1.0, new HuberLoss().Delta);
        Assert.True(double.IsNaN(new HuberLoss().Compute()));
    }

    [Fact]
    public void Huber_MaskAndWeights()
    {
        Assert.Equal(4.125 / 3, new HuberLoss().Update(Zeros, Predictions, [true, false, true, true]).Compute());
        Assert.Equal(3.625 / 4, new HuberLoss().Update(Zeros, Predictions, weights: [1, 2, 0, 1]).Compute());
        Assert.Equal(2.625 / 2, new HuberLoss().Update(Zeros, Predictions, new[] { true, true, false, true }, new double[] { 1, 0, 5, 1 }).Compute());
        Assert.Equal(3.625 / 4, new HuberLoss().Update(new float[] { 0, 0, 0, 0 }, [0.5f, -1, 2, -3], weights: [1f, 2, 0, 1]).Compute());
    }

    [Fact]
    public void Huber_AgreesWithDirectFormulaOnRandomData()
    {
        var rng = new Random(77);
        var labels = rng.Uniforms(1000, -3, 3);
        var predictions = rng.Normals(1000, 0, 2);
        var weights = rng.Uniforms(1000, 0, 2);
        foreach (var delta in new[] { 0.1, 0.75, 1.0, 5.0 })
        {
            var expected = labels.Select((y, i) => weights[i] * Huber(predictions[i] - y, delta)).Sum() / weights.Sum();
            Approx.Equal(expected, new HuberLoss(delta).Update(labels, predictions, weights: weights).Compute(), 1e-12, 0, $"delta {delta}");
        }
    }

    [Fact]
    public void Huber_LimitsMatchBuiltIns()
    {
        var rng = new Random(78);
        var labels = rng.Uniforms(200, 0, 10);
        var predictions = rng.Uniforms(200, 0, 10);
        var mse = new MeanSquaredError().Update(labels, predictions).Compute();
        Approx.Equal(mse / 2, new HuberLoss(delta: 1e6).Update(labels, predictions).Compute(), 1e-12, 0, "δ → ∞ is half the MSE");

        // With δ below every |error| the loss is δ·MAE − δ²/2.
        var farLabels = labels.Select(y => y + 20).ToArray();
        var mae = new MeanAbsoluteError().Update(farLabels, predictions).Compute();
        const double delta = 0.01;
        Approx.Equal((delta * mae) - (delta * delta / 2), new HuberLoss(delta).Update(farLabels, predictions).Compute(), 1e-12, 0, "small δ");
    }

    [Fact]
    public void Huber_Tensors()
    {
        var expected = new HuberLoss().Update(Zeros, Predictions, new[] { true, false, true, true }, new double[] { 1, 1, 2, 1 });
        var labels = Tensor.Create(Zeros, [2, 2]);
        var predictions = Tensor.Create(Predictions, [2, 2]);
        var mask = Tensor.Create(new[] { true, false, true, true }, [2, 2]);
        var weights = Tensor.Create(new double[] { 1, 1, 2, 1 }, [2, 2]);
        Assert.Equal(expected, new HuberLoss().Update(labels, predictions, mask, weights));
        Assert.Equal(expected, new HuberLoss().Update(labels.AsReadOnlyTensorSpan(), predictions.AsReadOnlyTensorSpan(), mask.AsReadOnlyTensorSpan(), weights.AsReadOnlyTensorSpan()));

        var floats = new HuberLoss().Update(Tensor.Create(new float[] { 0, 0, 0, 0 }, [4]), Tensor.Create(new[] { 0.5f, -1, 2, -3 }, [4]));
        Assert.Equal(4.625 / 4, floats.Compute());
    }

    [Fact]
    public void Huber_Merge()
    {
        var whole = new HuberLoss(delta: 2).Update(Zeros, Predictions);
        var a = new HuberLoss(delta: 2).Update(Zeros[..2], Predictions[..2]);
        var b = a.Empty().Update(Zeros[2..], Predictions[2..]);
        Assert.Equal(whole, a.Merge(b));
        Assert.Equal(whole, b.Merge(a));
        Assert.Equal(2.0, a.Merge(b).Delta);

#pragma warning disable MET025 // deliberately merging different parameters: the analyzer flags it, the runtime must throw
        var exception = Assert.Throws<ArgumentException>(() => a.Merge(new HuberLoss()));
#pragma warning restore MET025
        Assert.Equal("other", exception.ParamName);
        Assert.Contains("Delta: 2", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Delta: 1", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, "Delta = 0")]
    [InlineData(-1.0, "Delta = -1")]
    [InlineData(double.NaN, "Delta = NaN")]
    public void Huber_InvalidDelta(double delta, string fragment)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new HuberLoss(delta));
        Assert.Equal("Delta", exception.ParamName);
        Assert.Contains(fragment, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Huber_BadBatches()
    {
        var m = new HuberLoss();
        var lengths = Assert.Throws<ArgumentException>(() => m.Update(Zeros, [1.0, 2.0]));
        Assert.Equal("predictions", lengths.ParamName);
        Assert.Contains("'predictions' has 2 elements but 'labels' requires 4", lengths.Message, StringComparison.Ordinal);
        Assert.Equal("weights", Assert.Throws<ArgumentOutOfRangeException>(() => m.Update(Zeros, Predictions, weights: [1, 1, -3, 1])).ParamName);
        var shape = Assert.Throws<ArgumentException>(() => m.Update(Tensor.Create(Zeros, [4]), Tensor.Create(Predictions, [2, 2])));
        Assert.Equal("predictions", shape.ParamName);
        Assert.Contains("[2, 2]", shape.Message, StringComparison.Ordinal);
        Assert.Equal(new HuberLoss(), m);
    }

    [Fact]
    public void Huber_NameAndToString()
    {
        Assert.Equal("Huber", HuberLoss.MetricName);
        Assert.Equal("Huber", NameOf<HuberLoss>());
        var text = new HuberLoss(delta: 2).Update(Zeros, Predictions).ToString();
        Assert.StartsWith("Huber(", text, StringComparison.Ordinal);
        Assert.Contains("1.65625", text, StringComparison.Ordinal);
        Assert.Contains("Delta: 2", text, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------------ TopOneHitRate

    [Fact]
    public void HitRate_TiesForTheTopCountAsHits()
    {
        // Row 1 is a tie: a hit for the hit rate, a miss for Accuracy (the first maximal index, 0, wins there).
        Approx.Equal(2.0 / 3.0, new TopOneHitRate().Update(Classes, Scores).Compute(), 1e-15, 0);
        Approx.Equal(1.0 / 3.0, new Accuracy().Update(Classes, Scores).Compute(), 1e-15, 0);
        Assert.Equal("TopOneHitRate", TopOneHitRate.MetricName);
    }

    [Fact]
    public void HitRate_MaskWeightsAndFloats()
    {
        Assert.Equal(0.5, new TopOneHitRate().Update(Classes, Scores, [true, false, true]).Compute());
        Assert.Equal(3.0 / 3.5, new TopOneHitRate().Update(Classes, Scores, weights: [2, 1, 0.5]).Compute());
        var floats = new float[,] { { 0.1f, 0.9f }, { 0.5f, 0.5f }, { 0.7f, 0.3f } };
        Assert.Equal(new TopOneHitRate().Update(Classes, Scores), new TopOneHitRate().Update(Classes, floats));
        Assert.Equal(
            new TopOneHitRate().Update(Classes, Scores, weights: [2, 1, 0.5]),
            new TopOneHitRate().Update(Classes, floats, weights: [2f, 1f, 0.5f]));
    }

    [Fact]
    public void HitRate_AgreesWithDirectDefinitionOnRandomData()
    {
        var rng = new Random(79);
        const int rows = 500, columns = 6;
        var labels = Enumerable.Range(0, rows).Select(_ => rng.Next(columns)).ToArray();
        var scores = rng.Integers(rows * columns, 0, 3);
        var expected = Enumerable.Range(0, rows).Count(r =>
            Enumerable.Range(0, columns).All(c => scores[(r * columns) + c] <= scores[(r * columns) + labels[r]])) / (double)rows;
        Assert.Equal(expected, new TopOneHitRate().Update(labels, scores, columns).Compute());
    }

    [Fact]
    public void HitRate_TensorsAndMerge()
    {
        var flat = new[] { 0.1, 0.9, 0.5, 0.5, 0.7, 0.3 };
        var expected = new TopOneHitRate().Update(Classes, Scores, weights: [1, 2, 3]);
        var tensor = new TopOneHitRate().Update(Tensor.Create(Classes, [3]), Tensor.Create(flat, [3, 2]), weights: Tensor.Create(new double[] { 1, 2, 3 }, [3]));
        Assert.Equal(expected, tensor);
        var batched = new TopOneHitRate().Update(Tensor.Create(new[] { 1, 1, 1, 1 }, [2, 2]), Tensor.Create(new[] { 0.1, 0.9, 0.5, 0.5, 0.7, 0.3, 1, 0 }, [2, 2, 2]));
        Assert.Equal(0.5, batched.Compute());

        var first = new TopOneHitRate().Update(Classes[..1], flat.AsSpan(0, 2), 2, [1.0]);
        var rest = first.Empty().Update(Classes[1..], flat.AsSpan(2), 2, [2.0, 3]);
        Assert.Equal(expected, first.Merge(rest));
        Assert.Equal(expected.Compute(), MergeAll<TopOneHitRate, double>([first, rest]));
    }

    [Fact]
    public void HitRate_BadInput()
    {
        var m = new TopOneHitRate();
        var label = Assert.Throws<ArgumentOutOfRangeException>(() => m.Update([0, 2], new double[,] { { 1, 2 }, { 3, 4 } }));
        Assert.Equal("labels", label.ParamName);
        Assert.Contains("labels[1] = 2 is outside [0, 2)", label.Message, StringComparison.Ordinal);
        var rows = Assert.Throws<ArgumentException>(() => m.Update([0, 1], [1.0, 2, 3], 2));
        Assert.Equal("predictions", rows.ParamName);
        var shape = Assert.Throws<ArgumentException>(() => m.Update(Tensor.Create(new[] { 0, 1, 1 }, [3]), Tensor.Create(new double[4], [2, 2])));
        Assert.Equal("labels", shape.ParamName);
        Assert.Equal(new TopOneHitRate(), m);
    }

    // ------------------------------------------------------------------ the generic interface

    [Fact]
    public void GenericMergeAll_BuiltInAndCustom()
    {
        int[] labels = [0, 0, 0, 1, 1, 1];
        double[] logits = [-1, -2, 2, 1, -1, -2];
        var recallShards = new[] { new Recall().Update(labels[..2], logits[..2]), new Recall().Update(labels[2..5], logits[2..5]), new Recall().Update(labels[5..], logits[5..]) };
        Approx.Equal(1.0 / 3.0, MergeAll<Recall, double>(recallShards), 1e-15, 0, "Recall");

        var huberShards = Enumerable.Range(0, 4).Select(i => new HuberLoss().Update(Zeros.AsSpan(i, 1), Predictions.AsSpan(i, 1)));
        Assert.Equal(4.625 / 4, MergeAll<HuberLoss, double>(huberShards));

        var welfordShards = new[] { new Welford().Update([1.0, 2]), new Welford().Update([3.0, 4, 5]) };
        var statistics = MergeAll<Welford, Statistics>(welfordShards);
        Approx.Equal(3.0, statistics.Mean, 1e-15, 0, "Welford mean");
        Approx.Equal(2.0, statistics.Variance, 1e-15, 0, "Welford variance");

        var matrix = MergeAll<ConfusionMatrix, double[,]>([new ConfusionMatrix(2).Update([0, 1], [0, 0]), new ConfusionMatrix(2).Update([1], [1])]);
        Assert.Equal(new double[,] { { 1, 0 }, { 1, 1 } }, matrix);

        var mixed = new[] { new HuberLoss(), new HuberLoss(delta: 3) };
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => MergeAll<HuberLoss, double>(mixed)).ParamName);
    }

    [Fact]
    public void CustomMetricsImplementTheInterfaces()
    {
        Assert.True(typeof(IMetric<HuberLoss, double>).IsAssignableFrom(typeof(HuberLoss)));
        Assert.True(typeof(IMetric<TopOneHitRate, double>).IsAssignableFrom(typeof(TopOneHitRate)));
        Assert.Equal("TopOneHitRate", NameOf<TopOneHitRate>());
        Assert.Equal("Recall", NameOf<Recall>());
    }

    // ------------------------------------------------------------------ ColumnMeanAbsoluteError (a SumArrayWriter)

    [Fact]
    public void ACustomMetricWritesSeveralCellsPerRowWithMasksWeightsAndMerge()
    {
        double[,] labels = { { 1, 2, 3 }, { 0, 0, 0 }, { 2, 2, 2 }, { 5, 1, 0 } };
        double[,] predictions = { { 1.5, 2, 1 }, { 1, -1, 0 }, { 2, 4, 2.5 }, { 5, 0, 0.5 } };
        double[] weights = [1, 2, 0.5, 3];
        bool[] mask = [true, false, true, true];

        var expected = new double[3];
        double count = 0;
        for (var r = 0; r < 4; r++)
        {
            if (!mask[r])
            {
                continue;
            }

            count += weights[r];
            for (var c = 0; c < 3; c++)
            {
                expected[c] += weights[r] * Math.Abs(predictions[r, c] - labels[r, c]);
            }
        }

        var metric = new ColumnMeanAbsoluteError(3).Update(labels, predictions, mask, weights);
        Approx.Equal(expected.Select(e => e / count).ToArray(), metric.Compute(), 1e-15, 0, "weighted and masked");

        var first = new ColumnMeanAbsoluteError(3).Update(new double[,] { { 1, 2, 3 } }, new double[,] { { 1.5, 2, 1 } }, null, [1.0]);
        var rest = new ColumnMeanAbsoluteError(3).Update(new double[,] { { 2, 2, 2 }, { 5, 1, 0 } }, new double[,] { { 2, 4, 2.5 }, { 5, 0, 0.5 } }, null, [0.5, 3]);
        Assert.Equal(metric.Errors, first.Merge(rest).Errors);
        Assert.Throws<ArgumentException>(() => new ColumnMeanAbsoluteError(2).Update(labels, predictions));
    }
}
