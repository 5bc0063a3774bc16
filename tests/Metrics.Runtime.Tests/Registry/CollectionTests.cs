using System;
using System.Collections.Generic;
using System.Linq;
using Metrics;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Metric collections: one batch updates every member, values equal each member updated alone, declared shared
/// statistics are accumulated once, merge and reset work on the whole collection.
/// </summary>
public sealed class CollectionTests
{
    private static readonly Random Rng = new(42);
    private static readonly double[] Targets = Enumerable.Range(0, 257).Select(_ => Rng.NextDouble() * 10).ToArray();
    private static readonly double[] Predictions = Targets.Select(t => t + (Rng.NextDouble() - 0.5)).ToArray();
    private static readonly double[] Binary = Enumerable.Range(0, 257).Select(_ => (double)Rng.Next(2)).ToArray();
    private static readonly double[] Scores = Binary.Select(b => b - 0.5 + (Rng.NextDouble() * 1.6) - 0.8).ToArray();
    private static readonly double[] Weights = Enumerable.Range(0, 257).Select(_ => Rng.NextDouble() * 3).ToArray();
    private static readonly bool[] Mask = Enumerable.Range(0, 257).Select(_ => Rng.NextDouble() < 0.8).ToArray();

    [Fact]
    public void RegressionMembersShareTheSquaredErrorSums()
    {
        var collection = new MetricCollection("mse", "rmse", "mae", "msle", "rmsle");
        Assert.Equal(3, collection.StatesPerUpdate);
        collection.Update(new MetricBatch(Targets, Predictions).WithMask(Mask).WithWeights(Weights));

        var values = collection.Compute();
        Assert.Equal(["mse", "rmse", "mae", "msle", "rmsle"], values.Keys);
        Assert.Equal(new MeanSquaredError().Update(Targets, Predictions, Mask, Weights).Compute(), (double)values["mse"]);
        Assert.Equal(new RootMeanSquaredError().Update(Targets, Predictions, Mask, Weights).Compute(), (double)values["rmse"]);
        Assert.Equal(new MeanAbsoluteError().Update(Targets, Predictions, Mask, Weights).Compute(), (double)values["mae"]);
        Assert.Equal(new MeanSquaredLogError().Update(Targets, Predictions, Mask, Weights).Compute(), (double)values["msle"]);
        Assert.Equal(new RootMeanSquaredLogError().Update(Targets, Predictions, Mask, Weights).Compute(), (double)values["rmsle"]);

        // The shared sums were accumulated once: RMSE's state equals a standalone RMSE's, not twice it.
        var rmse = (RootMeanSquaredError)collection.Get("rmse").State;
        Assert.Equal(new RootMeanSquaredError().Update(Targets, Predictions, Mask, Weights), rmse);
    }

    [Fact]
    public void PrecisionRecallAndF1ShareOneSetOfConfusionCounts()
    {
        var labels = Array.ConvertAll(Binary, b => (int)b);
        var collection = new MetricCollection()
            .Add<Precision, double>(new Precision(threshold: 0.1))
            .Add<Recall, double>(new Recall(threshold: 0.1))
            .Add<F1Score, double>(new F1Score(threshold: 0.1, zeroDivision: ZeroDivision.Zero))
            .Add<Accuracy, double>(new Accuracy(threshold: 0.1));
        Assert.Equal(2, collection.StatesPerUpdate);
        collection.Update(new MetricBatch(Binary, Scores).WithWeights(Weights));
        collection.Update(new MetricBatch(Binary.AsSpan(0, 100), Scores.AsSpan(0, 100)));

        var precision = new Precision(threshold: 0.1).Update(labels, Scores, null, Weights).Update(labels.AsSpan(0, 100), Scores.AsSpan(0, 100));
        var recall = new Recall(threshold: 0.1).Update(labels, Scores, null, Weights).Update(labels.AsSpan(0, 100), Scores.AsSpan(0, 100));
        var f1 = new F1Score(threshold: 0.1, zeroDivision: ZeroDivision.Zero).Update(labels, Scores, null, Weights).Update(labels.AsSpan(0, 100), Scores.AsSpan(0, 100));
        var accuracy = new Accuracy(threshold: 0.1).Update(labels, Scores, null, Weights).Update(labels.AsSpan(0, 100), Scores.AsSpan(0, 100));
        // The shared counts were accumulated once (not doubled): each member holds what it holds standalone.
        var sharedPrecision = (Precision)collection.Get("Precision").State;
        var sharedRecall = (Recall)collection.Get("Recall").State;
        var sharedF1 = (F1Score)collection.Get("F1Score").State;
        Assert.Equal(precision.Counts, sharedPrecision.Counts);
        Assert.Equal(recall.Counts, sharedRecall.Counts);
        Assert.Equal(f1.Counts, sharedF1.Counts);
        Assert.Equal(accuracy, collection.Get("Accuracy").State);
        Assert.Equal(precision.Compute(), (double)collection.Compute("Precision"), 1e-12);
        Assert.Equal(recall.Compute(), (double)collection.Compute("Recall"), 1e-12);
        Assert.Equal(f1.Compute(), (double)collection.Compute()["F1Score"], 1e-12);
        Assert.Equal(accuracy.Compute(), (double)collection.Compute()["Accuracy"]);
    }

    [Fact]
    public void KerasThresholdCountsShareOneState()
    {
        var thresholds = new Dictionary<string, object?> { ["thresholds"] = new[] { 0.1, 0.5, 0.9 } };
        var collection = new MetricCollection();
        foreach (var name in new[] { "true_positives", "false_positives", "true_negatives", "false_negatives", "precision_at_thresholds", "recall_at_thresholds" })
        {
            collection.Add(name, MetricRegistry.Create(name, thresholds));
        }

        Assert.Equal(1, collection.StatesPerUpdate);
        var probabilities = Scores.Select(s => 1 / (1 + Math.Exp(-s))).ToArray();
        collection.Update(new MetricBatch(Binary, probabilities).WithWeights(Weights));
        var labels = Array.ConvertAll(Binary, b => (int)b);
        var t = ParameterArray.Create([0.1, 0.5, 0.9]);
        Assert.Equal(new TruePositives(t).Update(labels, probabilities, null, Weights).Compute(), (double[])collection.Compute("true_positives"));
        Assert.Equal(new FalseNegatives(t).Update(labels, probabilities, null, Weights).Compute(), (double[])collection.Compute("false_negatives"));
        Assert.Equal(new PrecisionAtThresholds(t).Update(labels, probabilities, null, Weights).Compute(), (double[])collection.Compute("precision_at_thresholds"));
        Assert.Equal(new RecallAtThresholds(t).Update(labels, probabilities, null, Weights).Compute(), (double[])collection.Compute("recall_at_thresholds"));
    }

    [Fact]
    public void ExactAucAndAveragePrecisionShareOneSampleBuffer()
    {
        var collection = new MetricCollection("roc_auc", "average_precision");
        var zeroDivision = new MetricCollection("average_precision").Add("pr", MetricRegistry.Create("roc_auc", new Dictionary<string, object?> { ["zero_division"] = "zero" }));

        Assert.Equal(1, collection.StatesPerUpdate);
        Assert.Equal(2, zeroDivision.StatesPerUpdate);
        var probabilities = Scores.Select(s => 1 / (1 + Math.Exp(-s))).ToArray();
        var labels = Array.ConvertAll(Binary, b => (int)b);
        collection.Update(new MetricBatch(Binary[..100], probabilities[..100]).WithWeights(Weights[..100]));
        var other = collection.Clone();
        other.Update(new MetricBatch(Binary[100..], probabilities[100..]).WithWeights(Weights[100..]));
        collection.Merge(other);
        Assert.Equal(new ExactAuc().Update(labels, probabilities, null, Weights).Compute(), (double)collection.Compute("roc_auc"));
        Assert.Equal(new AveragePrecision().Update(labels, probabilities, null, Weights).Compute(), (double)collection.Compute("average_precision"));
        var standalone = (AveragePrecision)collection.Get("average_precision").State;
        standalone.Update(labels[..3], probabilities[..3]);
        Assert.Equal(new AveragePrecision().Update(labels, probabilities, null, Weights).Compute(), (double)collection.Compute("average_precision"));
        Assert.Equal(new ExactAuc().Update(labels, probabilities, null, Weights).Compute(), (double)collection.Compute("roc_auc"));
    }

    [Fact]
    public void MulticlassConfusionMetricsShareOneMatrix()
    {
        var classes = new Dictionary<string, object?> { ["num_classes"] = 4 };
        var names = new[] { "multiclass_precision", "multiclass_recall", "f_beta_score", "matthews_correlation", "cohen_kappa", "balanced_accuracy" };
        var collection = new MetricCollection();
        foreach (var name in names)
        {
            collection.Add(name, MetricRegistry.Create(name, classes));
        }

        collection.Add("mcc@3", MetricRegistry.Create("mcc", new Dictionary<string, object?> { ["num_classes"] = 3 }));
        Assert.Equal(2, collection.StatesPerUpdate);

        var labels = Enumerable.Range(0, 257).Select(i => (double)((i * 7) % 3)).ToArray();
        var predicted = Enumerable.Range(0, 257).Select(i => (double)((i * 5) % 3)).ToArray();
        collection.Update(new MetricBatch(labels, predicted).WithWeights(Weights));
        var l = Array.ConvertAll(labels, x => (int)x);
        var p = Array.ConvertAll(predicted, x => (int)x);
        Assert.Equal(new MulticlassPrecision(4).Update(l, p, null, Weights).Compute(), (double)collection.Compute("multiclass_precision"));
        Assert.Equal(new MulticlassRecall(4).Update(l, p, null, Weights).Compute(), (double)collection.Compute("multiclass_recall"));
        Assert.Equal(new FBetaScore(4).Update(l, p, null, Weights).Compute(), (double)collection.Compute("f_beta_score"));
        Assert.Equal(new MatthewsCorrelation(4).Update(l, p, null, Weights).Compute(), (double)collection.Compute("matthews_correlation"));
        Assert.Equal(new CohenKappa(4).Update(l, p, null, Weights).Compute(), (double)collection.Compute("cohen_kappa"));
        Assert.Equal(new BalancedAccuracy(4).Update(l, p, null, Weights).Compute(), (double)collection.Compute("balanced_accuracy"));
        Assert.Equal(new MatthewsCorrelation(3).Update(l, p, null, Weights).Compute(), (double)collection.Compute("mcc@3"));
    }

    [Fact]
    public void DifferentParametersDoNotShare()
    {
        var collection = new MetricCollection()
            .Add<Precision, double>(new Precision(threshold: 0.5), "precision@0.5")
            .Add<Recall, double>(new Recall(threshold: 0.0), "recall@0")
            .Add<Recall, double>(new Recall(threshold: 0.5), "recall@0.5");
        Assert.Equal(2, collection.StatesPerUpdate);
        collection.Update(new MetricBatch(Binary, Scores));
        var labels = Array.ConvertAll(Binary, b => (int)b);
        Assert.Equal(new Recall(threshold: 0.0).Update(labels, Scores).Compute(), (double)collection.Compute("recall@0"));
        Assert.Equal(new Recall(threshold: 0.5).Update(labels, Scores).Compute(), (double)collection.Compute("recall@0.5"));
        Assert.Equal(new Precision(threshold: 0.5).Update(labels, Scores).Compute(), (double)collection.Compute("precision@0.5"));
    }

    [Fact]
    public void MergedShardsEqualOnePassAndResetEqualsFresh()
    {
        var whole = new MetricCollection("mse", "rmse", "mae");
        whole.Update(new MetricBatch(Targets, Predictions).WithWeights(Weights));
        var shards = Enumerable.Range(0, 3).Select(_ => whole.Clone()).ToArray();
        int[] cuts = [0, 50, 51, 257];
        for (var s = 0; s < 3; s++)
        {
            var range = new Range(cuts[s], cuts[s + 1]);
            shards[s].Update(new MetricBatch(Targets.AsSpan(range), Predictions.AsSpan(range)).WithWeights(Weights.AsSpan(range)));
        }

        shards[0].Merge(shards[1]);
        shards[0].Merge(shards[2]);
        foreach (var (name, value) in whole.Compute())
        {
            Assert.Equal((double)value, (double)shards[0].Compute(name), 1e-12);
        }

        var fresh = whole.Clone();
        whole.Reset();
        Assert.Equal(fresh.Compute().Values.Select(v => ((double)v).ToString()), whole.Compute().Values.Select(v => ((double)v).ToString()));
        Assert.All(whole.Compute().Values, v => Assert.True(double.IsNaN((double)v)));
    }

    [Fact]
    public void MisuseIsReported()
    {
        var collection = new MetricCollection("mse");
        var duplicate = Assert.Throws<ArgumentException>(() => collection.Add("mse", MetricRegistry.Create("mae")));
        Assert.Contains("'mse'", duplicate.Message, StringComparison.Ordinal);

        var updated = MetricRegistry.Create("mae");
        updated.Update(new MetricBatch(Targets, Predictions));
        var stateful = Assert.Throws<ArgumentException>(() => collection.Add("mae", updated));
        Assert.Contains("already holds a state", stateful.Message, StringComparison.Ordinal);

        var mismatch = Assert.Throws<ArgumentException>(() => collection.Merge(new MetricCollection("mae")));
        Assert.Contains("[mae]", mismatch.Message, StringComparison.Ordinal);

        var missing = Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => collection.Compute("rmse"));
        Assert.Contains("mse", missing.Message, StringComparison.Ordinal);
    }
}
