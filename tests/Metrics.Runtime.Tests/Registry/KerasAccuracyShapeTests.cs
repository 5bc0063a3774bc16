using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The registry's <c>"accuracy"</c>/<c>"acc"</c> follow Keras' <c>compile(metrics=["accuracy"])</c> shape rule
/// (keras/src/trainers/compile_utils.py, <c>is_binary_or_sparse_categorical</c>, commit 3422977a5e): predictions of last
/// dimension 1 → <c>binary_accuracy</c>; one integer label per score row → <c>sparse_categorical_accuracy</c>; label rows
/// as wide as the score rows → <c>categorical_accuracy</c>. Documented values are those of
/// keras/src/metrics/accuracy_metrics_test.py at the same commit; the others are computed here from Keras' formulas.
/// The typed <see cref="Accuracy"/> and <c>flax_accuracy</c> keep flax-metrics' rule.
/// </summary>
public sealed class KerasAccuracyShapeTests
{
    private static double Evaluate(string identifier, double[] labels, double[] scores, int columns, double[]? weights = null, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        var metric = MetricRegistry.Create(identifier, arguments ?? new Dictionary<string, object?>());
        var batch = new MetricBatch(labels, scores, columns);
        metric.Update(weights is null ? batch : batch.WithWeights(weights));
        return (double)metric.Compute();
    }

    [Theory]
    [InlineData(1)] // BinaryAccuracyTest.test_unweighted: y (4, 1), p (4, 1)
    [InlineData(0)] // test_unweighted's broadcasting case and test_weighted_rank_1: one value per row
    public void OneScorePerLabelIsBinaryAccuracy(int columns)
    {
        double[] labels = [1, 1, 0, 0];
        double[] scores = [0.98, 1, 0, 0.6];
        Assert.Equal(0.75, Evaluate("accuracy", labels, scores, columns), 12);
        Assert.Equal(0.5, Evaluate("acc", labels, scores, columns, [1, 0, 0, 1]), 12); // test_weighted, test_weighted_rank_1
    }

    [Theory]
    [InlineData(0.3, 1.0)] // BinaryAccuracyTest.test_threshold
    [InlineData(0.9, 0.75)]
    public void BinaryThresholdIsAnArgument(double threshold, double expected) =>
        Assert.Equal(expected, Evaluate("accuracy", [1, 1, 0, 0], [0.98, 0.5, 0.1, 0.2], 1, null, new Dictionary<string, object?> { ["threshold"] = threshold }), 12);

    [Fact]
    public void OneLabelPerScoreRowIsSparseCategoricalAccuracy()
    {
        // SparseCategoricalAccuracyTest.test_unweighted / test_weighted: y [[2], [1]].
        double[] scores = [0.1, 0.6, 0.3, 0.05, 0.95, 0];
        Assert.Equal(0.5, Evaluate("accuracy", [2, 1], scores, 3), 12);
        Assert.Equal(0.3, Evaluate("accuracy", [2, 1], scores, 3, [0.7, 0.3]), 12);
    }

    [Fact]
    public void LabelRowsAsWideAsScoreRowsAreCategoricalAccuracy()
    {
        // CategoricalAccuracyTest.test_unweighted / test_weighted.
        double[] labels = [0, 0, 1, 0, 1, 0];
        double[] scores = [0.1, 0.9, 0.8, 0.05, 0.95, 0];
        Assert.Equal(0.5, Evaluate("accuracy", labels, scores, 3), 12);
        Assert.Equal(0.3, Evaluate("ACC", labels, scores, 3, [0.7, 0.3]), 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void RandomBatchesOfEachShapeGiveKerasFormulas(int columns)
    {
        var rng = new Random(1800 + columns);
        const int Rows = 300;
        var classes = Enumerable.Range(0, Rows).Select(_ => rng.Next(Math.Max(columns, 2))).ToArray();
        var scores = Enumerable.Range(0, Rows * columns).Select(_ => Math.Round(rng.NextDouble(), 1)).ToArray(); // ties too
        var weights = Enumerable.Range(0, Rows).Select(_ => rng.Next(0, 4) * 0.5).ToArray();
        var mask = Enumerable.Range(0, Rows).Select(_ => rng.NextDouble() > 0.2).ToArray();
        var sparseLabels = classes.Select(c => (double)c).ToArray();
        var oneHot = classes.SelectMany(c => Enumerable.Range(0, columns).Select(j => j == c ? 1.0 : 0.0)).ToArray();

        // Keras: binary_accuracy = mean(y == (p > 0.5)); (sparse_)categorical_accuracy = mean(y == argmax(p)), the
        // first maximum on ties (argmax of the one-hot row is its class).
        double Expected(bool weighted)
        {
            double hits = 0, total = 0;
            for (var i = 0; i < Rows; i++)
            {
                if (!mask[i])
                {
                    continue;
                }

                var row = scores.AsSpan(i * columns, columns);
                var predicted = columns == 1 ? (row[0] > 0.5 ? 1 : 0) : FirstMax(row);
                var w = weighted ? weights[i] : 1;
                hits += predicted == classes[i] ? w : 0;
                total += w;
            }

            return hits / total;
        }

        foreach (var labels in columns == 1 ? new[] { sparseLabels } : new[] { sparseLabels, oneHot })
        {
            foreach (var weighted in new[] { false, true })
            {
                var metric = MetricRegistry.Create("accuracy");
                var batch = new MetricBatch(labels, scores, columns).WithMask(mask);
                metric.Update(weighted ? batch.WithWeights(weights) : batch);
                Assert.Equal(Expected(weighted), (double)metric.Compute(), 12);

                var collection = new MetricCollection("accuracy");
                collection.Update(weighted ? batch.WithWeights(weights) : batch);
                Assert.Equal(Expected(weighted), (double)collection.Compute()["accuracy"], 12);
            }
        }
    }

    [Fact]
    public void ARowOfOneScoreRefusesAClassOtherThanZeroOrOne()
    {
        var metric = MetricRegistry.Create("accuracy");
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => metric.Update(new MetricBatch([1, 2], [0.3, 0.8], 1)));
        Assert.Equal("labels", error.ParamName);
        Assert.Contains("2", error.Message, StringComparison.Ordinal);
        Assert.Equal(0.0, ((Accuracy)metric.State).Count); // nothing was accumulated
    }

    [Fact]
    public void FlaxAccuracyKeepsItsRule()
    {
        // flax-metrics: a row of scores is an argmax row, whatever its width; label rows are refused.
        var flax = MetricRegistry.Create("flax_accuracy");
        flax.Update(new MetricBatch([0, 0], [0.9, -0.4], 1));
        Assert.Equal(1.0, (double)flax.Compute());
        Assert.Throws<ArgumentOutOfRangeException>(() => flax.Update(new MetricBatch([1], [0.9], 1)));
        var error = Assert.Throws<ArgumentException>(() => flax.Update(new MetricBatch([0, 1, 1, 0], [0.2, 0.8, 0.6, 0.4], 2)));
        Assert.Contains("KerasShapes", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Accuracy().Update(new MetricBatch([0, 1, 1, 0], [0.2, 0.8, 0.6, 0.4], 2)));
    }

    [Fact]
    public void ACollectionStateWithAccuracyReadsBackFromItsConfiguration()
    {
        // Both names stand for the Accuracy type (its configuration's class_name is "Accuracy", Keras' name); the
        // written keras_shapes keeps each member's rule when the file is read back.
        var collection = new MetricCollection("accuracy", "flax_accuracy");
        collection.Update(new MetricBatch([1, 0], [0.2, 0.8, 0.6, 0.4], 2));
        var config = collection.GetConfig();
        var copy = MetricCollection.FromConfig(CollectionConfig.FromJson(config.ToJson()));
        Assert.Equal(config, copy.GetConfig());
        Assert.True(((Accuracy)copy.Get("accuracy").State).KerasShapes);
        Assert.False(((Accuracy)copy.Get("flax_accuracy").State).KerasShapes);
        copy.Update(new MetricBatch([0.0], [0.3]));
        Assert.Equal(1.0, (double)copy.Compute()["accuracy"]); // binary at Keras' 0.5
        Assert.Equal(0.0, (double)copy.Compute()["flax_accuracy"]); // binary at flax-metrics' 0
    }

    private static int FirstMax(ReadOnlySpan<double> row)
    {
        var best = 0;
        for (var j = 1; j < row.Length; j++)
        {
            best = row[j] > row[best] ? j : best;
        }

        return best;
    }
}
