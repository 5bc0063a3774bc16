using System;
using System.Collections.Generic;
using System.Text.Json;
using Metrics;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Keras' names mean Keras' metrics with Keras' defaults; flax-metrics' metrics of the same class names are named
/// <c>flax_*</c>; a version 1 collection configuration that could mean either is refused.
/// </summary>
public sealed class KerasAndFlaxNamesTests
{
    [Fact]
    public void PrecisionOnProbabilitiesIsKerasPrecision()
    {
        // The example: nothing exceeds Keras' 0.5, so TP + FP = 0 and Keras' divide_no_nan gives 0.
        var keras = MetricRegistry.Create("precision");
        keras.Update(new MetricBatch([0, 1], [0.3, 0.4]));
        Assert.Equal(0.0, (double)keras.Compute());

        // flax-metrics' threshold 0 (for logits) calls both positive: one of two is right.
        var flax = MetricRegistry.Create("flax_precision");
        flax.Update(new MetricBatch([0, 1], [0.3, 0.4]));
        Assert.Equal(0.5, (double)flax.Compute());
    }

    [Theory]
    [InlineData("precision", 0.5, ZeroDivision.Zero)]
    [InlineData("Precision", 0.5, ZeroDivision.Zero)]
    [InlineData("flax_precision", 0.0, ZeroDivision.NaN)]
    [InlineData("FlaxPrecision", 0.0, ZeroDivision.NaN)]
    public void PrecisionNamesGiveTheirTablesDefaults(string identifier, double threshold, ZeroDivision zeroDivision) =>
        Assert.Equal(new Precision(threshold, zeroDivision), MetricRegistry.Create(identifier).State);

    [Theory]
    [InlineData("recall", 0.5, ZeroDivision.Zero)]
    [InlineData("Recall", 0.5, ZeroDivision.Zero)]
    [InlineData("flax_recall", 0.0, ZeroDivision.NaN)]
    [InlineData("FlaxRecall", 0.0, ZeroDivision.NaN)]
    public void RecallNamesGiveTheirTablesDefaults(string identifier, double threshold, ZeroDivision zeroDivision) =>
        Assert.Equal(new Recall(threshold, zeroDivision), MetricRegistry.Create(identifier).State);

    [Theory]
    [InlineData("f1_score", 0.5, ZeroDivision.Zero)]
    [InlineData("F1Score", 0.5, ZeroDivision.Zero)]
    [InlineData("flax_f1_score", 0.0, ZeroDivision.NaN)]
    [InlineData("FlaxF1Score", 0.0, ZeroDivision.NaN)]
    public void F1NamesGiveTheirTablesDefaults(string identifier, double threshold, ZeroDivision zeroDivision) =>
        Assert.Equal(new F1Score(threshold, zeroDivision), MetricRegistry.Create(identifier).State);

    [Theory]
    [InlineData("accuracy", 0.5, true)]
    [InlineData("Accuracy", 0.5, true)]
    [InlineData("acc", 0.5, true)]
    [InlineData("ACC", 0.5, true)]
    [InlineData("flax_accuracy", 0.0, false)]
    [InlineData("FlaxAccuracy", 0.0, false)]
    public void AccuracyNamesGiveTheirTablesDefaults(string identifier, double threshold, bool kerasShapes) =>
        Assert.Equal(new Accuracy(threshold) { KerasShapes = kerasShapes }, MetricRegistry.Create(identifier).State);

    [Theory]
    [InlineData("binary_accuracy", typeof(BinaryAccuracy))]
    [InlineData("categorical_accuracy", typeof(CategoricalAccuracy))]
    [InlineData("sparse_categorical_accuracy", typeof(SparseCategoricalAccuracy))]
    [InlineData("exact_match_accuracy", typeof(ExactMatchAccuracy))]
    [InlineData("true_positives", typeof(TruePositives))]
    [InlineData("precision_at_thresholds", typeof(PrecisionAtThresholds))]
    [InlineData("recall_at_thresholds", typeof(RecallAtThresholds))]
    public void OtherKerasFormsKeepTheirNames(string identifier, Type expected) =>
        Assert.Equal(expected, MetricRegistry.Create(identifier).State.GetType());

    [Fact]
    public void KerasDocumentedPrecisionAndRecall()
    {
        // keras.metrics.Precision / Recall docstrings: [0, 1, 1, 1] vs [1, 0, 1, 1] → 2/3, weights [0, 0, 1, 0] → 1.
        foreach (var name in new[] { "precision", "recall" })
        {
            var plain = MetricRegistry.Create(name);
            plain.Update(new MetricBatch([0, 1, 1, 1], [1, 0, 1, 1]));
            Assert.Equal(2.0 / 3.0, (double)plain.Compute(), 1e-15);

            var weighted = MetricRegistry.Create(name);
            weighted.Update(new MetricBatch([0, 1, 1, 1], [1, 0, 1, 1]).WithWeights([0, 0, 1, 0]));
            Assert.Equal(1.0, (double)weighted.Compute());
        }
    }

    [Fact]
    public void AccuracyFollowsKerasCompileRule()
    {
        // compile(metrics=["accuracy"]) on one score per label is binary_accuracy at 0.5 (Keras' BinaryAccuracy doc: 0.75).
        var binary = MetricRegistry.Create("accuracy");
        binary.Update(new MetricBatch([1, 1, 0, 0], [0.98, 1, 0, 0.6]));
        Assert.Equal(0.75, (double)binary.Compute());

        // ... and on a score row per integer label, sparse_categorical_accuracy (its doc: 0.5, weights [0.7, 0.3] → 0.3).
        var sparse = MetricRegistry.Create("acc");
        sparse.Update(new MetricBatch([2, 1], [0.1, 0.6, 0.3, 0.05, 0.95, 0], 3).WithWeights([0.7, 0.3]));
        Assert.Equal(0.3, (double)sparse.Compute(), 1e-15);
    }

    [Fact]
    public void FlaxDocumentedValues()
    {
        // flax-metrics' Recall docstring: labels [0,0,0,1,1,1,1], logits [-1,-1,1,1,1,-1,-1] → 0.5.
        var recall = MetricRegistry.Create("flax_recall");
        recall.Update(new MetricBatch([0, 0, 0, 1, 1, 1, 1], [-1, -1, 1, 1, 1, -1, -1]));
        Assert.Equal(0.5, (double)recall.Compute());

        // flax-metrics' Precision with nothing predicted positive: NaN (no zero_division in flax).
        var precision = MetricRegistry.Create("flax_precision");
        precision.Update(new MetricBatch([0, 1], [-1, -2]));
        Assert.True(double.IsNaN((double)precision.Compute()));
    }

    [Fact]
    public void ExplicitArgumentsOverrideTheDefaultsInAnySpelling()
    {
        var metric = MetricRegistry.Create("precision", new Dictionary<string, object?> { ["zeroDivision"] = "nan" });
        Assert.Equal(new Precision(0.5, ZeroDivision.NaN), metric.State);
        var typed = MetricRegistry.Create<Recall>("recall", new Dictionary<string, object?> { ["Threshold"] = 0.25 });
        Assert.Equal(new Recall(0.25, ZeroDivision.Zero), typed);
    }

    [Fact]
    public void KerasPrecisionRecallAndF1ShareOneState()
    {
        var collection = new MetricCollection("precision", "recall", "f1_score");
        Assert.Equal(1, collection.StatesPerUpdate);
    }

    [Fact]
    public void ASavedFlaxConfigurationKeepsItsMeaning()
    {
        // GetConfig writes every parameter, so "Precision" with threshold 0 and NaN is flax's metric again.
        var flax = new Precision();
        var back = MetricRegistry.Deserialize(MetricConfig.FromJson(MetricRegistry.Serialize(flax).ToJson()));
        Assert.Equal(flax, back.State);
    }

    [Fact]
    public void AnAmbiguousVersionOneFileIsRefusedNamingBothMeanings()
    {
        const string File = """{"metrics": [{"name": "p", "class_name": "precision", "config": {"threshold": 0.4}}]}""";
        var config = CollectionConfig.FromJson(File);
        Assert.Equal(1, config.Version);
        var e = Assert.Throws<ArgumentException>(() => MetricCollection.FromConfig(config));
        Assert.Contains("Member 'p'", e.Message, StringComparison.Ordinal);
        Assert.Contains("zero_division", e.Message, StringComparison.Ordinal);
        Assert.Contains("flax_precision", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"version\": 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AVersionOneFileGivingEveryChangedParameterIsRead()
    {
        const string File = """{"metrics": [{"name": "p", "class_name": "Precision", "config": {"threshold": 0, "zero_division": "nan"}}, {"name": "a", "class_name": "acc", "config": {"threshold": 0}}, {"name": "mse", "class_name": "mse"}]}""";
        var collection = MetricCollection.FromConfig(CollectionConfig.FromJson(File));
        Assert.Equal(new Precision(), collection.Get("p").State);
        Assert.Equal(new Accuracy(), collection.Get("a").State);
    }

    [Fact]
    public void AVersionTwoFileMeansKeras()
    {
        const string File = """{"version": 2, "metrics": [{"name": "p", "class_name": "precision", "config": {"threshold": 0.4}}, {"name": "f", "class_name": "flax_f1_score"}]}""";
        var collection = MetricCollection.FromConfig(CollectionConfig.FromJson(File));
        Assert.Equal(new Precision(0.4, ZeroDivision.Zero), collection.Get("p").State);
        Assert.Equal(new F1Score(), collection.Get("f").State);
    }

    [Fact]
    public void WrittenConfigurationsAreVersionTwoAndReadBack()
    {
        var collection = new MetricCollection("precision", "flax_recall", "accuracy");
        var json = collection.GetConfig().ToJson();
        Assert.StartsWith("{\n  \"version\": 2,", json, StringComparison.Ordinal);
        var again = CollectionConfig.FromJson(json);
        Assert.Equal(collection.GetConfig(), again);
        Assert.Equal(new Recall(), MetricCollection.FromConfig(again).Get("flax_recall").State);
    }

    [Fact]
    public void JaccardScoreIsTheIoUOfClassOneAndNoVersionOneAmbiguity()
    {
        // jaccard_score is a new name with its own defaults (class 1 only), not a name whose meaning changed.
        var collection = MetricCollection.FromConfig(CollectionConfig.FromJson("""{"metrics": [{"name": "j", "class_name": "jaccard_score"}]}"""));
        collection.Update(new MetricBatch([1, 1, 0, 0], [0.9, 0.2, 0.7, 0.1]));
        Assert.Equal(1.0 / 3.0, (double)collection.Compute("j"), 1e-15);   // class 1: TP 1, FP 1, FN 1
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void AnUnknownVersionIsRefused(int version)
    {
        var e = Assert.Throws<JsonException>(() => CollectionConfig.FromJson($$"""{"version": {{version}}, "metrics": []}"""));
        Assert.Contains($"\"version\" is {version}", e.Message, StringComparison.Ordinal);
    }
}
