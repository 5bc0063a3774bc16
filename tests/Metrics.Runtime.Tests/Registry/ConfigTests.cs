using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Metrics;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Configurations: every registered built-in round-trips GetConfig → ToJson → FromJson → FromConfig with non-default
/// parameters; the JSON text is stable; the registry's Serialize/Deserialize/Get; collections round-trip with their
/// names, order and shared statistics; malformed configurations are refused clearly.
/// </summary>
public sealed class ConfigTests
{
    /// <summary>Every registered built-in a batch can carry, with parameters other than its defaults (where it has any).</summary>
    public static TheoryData<string, Dictionary<string, object?>> BuiltIns()
    {
        var data = new TheoryData<string, Dictionary<string, object?>>();
        foreach (var (identifier, arguments) in Table)
        {
            data.Add(identifier, arguments);
        }

        return data;
    }

    [Fact]
    public void TheTableCoversEveryRegisteredMetric()
    {
        var covered = Table.Select(row => MetricRegistry.Create(row.Identifier, row.Arguments).State.GetType()).ToHashSet();
        var missing = new List<string>();
        foreach (var identifier in MetricRegistry.Identifiers)
        {
            try
            {
                // Built-ins only: other tests register custom metrics of their own.
                var type = Defaults(identifier)?.State.GetType() ?? TypeWithRequiredParameters(identifier);
                if (type is null || (type.Assembly == typeof(MetricRegistry).Assembly && !covered.Contains(type)))
                {
                    missing.Add(identifier);
                }
            }
            catch (ArgumentException e) when (e.Message.Contains("not a MetricBatch", StringComparison.Ordinal))
            {
                // The dot-product ranking metrics: no untyped instance, no configuration yet.
            }
        }

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void EveryBuiltInRoundTripsItsConfigurationThroughJson(string identifier, Dictionary<string, object?> arguments)
    {
        var original = MetricRegistry.Create(identifier, arguments);
        var config = original.GetConfig();
        if (arguments.Count > 0 && Defaults(identifier) is { } defaults)
        {
            Assert.NotEqual(defaults.GetConfig(), config);
        }

        var json = config.ToJson();
        var read = MetricConfig.FromJson(json);
        Assert.Equal(json, read.ToJson());
        var recreated = MetricRegistry.Deserialize(read);

        Assert.Equal(original.State.GetType(), recreated.State.GetType());
        Assert.Equal(config, recreated.GetConfig());
        var typed = typeof(ConfigTests).GetMethod(nameof(TypedRoundTrip), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(original.State.GetType());
        typed.Invoke(null, [original.State, read]);
    }

    [Fact]
    public void JsonTextIsStable()
    {
        Assert.Equal(
            "{\n  \"class_name\": \"ConfusionMatrix\",\n  \"config\": {\n    \"num_classes\": 3,\n    \"normalize\": \"true\",\n    \"zero_division\": \"nan\"\n  }\n}",
            new ConfusionMatrix(numClasses: 3, normalize: ConfusionNormalization.True).GetConfig().ToJson());
        Assert.Equal(
            "{\n  \"class_name\": \"MeanSquaredError\",\n  \"config\": {}\n}",
            new MeanSquaredError().GetConfig().ToJson());
        Assert.Equal(
            "{\n  \"class_name\": \"TruePositives\",\n  \"config\": {\n    \"thresholds\": [\n      0.1,\n      0.25,\n      1\n    ],\n    \"class_id\": null\n  }\n}",
            new TruePositives(thresholds: [0.1, 0.25, 1.0]).GetConfig().ToJson());
        Assert.Equal(
            "{\n  \"class_name\": \"Accuracy\",\n  \"config\": {\n    \"threshold\": 0.30000000000000004,\n    \"keras_shapes\": false\n  }\n}",
            new Accuracy(threshold: 0.1 + 0.2).GetConfig().ToJson());
    }

    [Fact]
    public void NonFiniteAndNegativeZeroNumbersRoundTrip()
    {
        var config = new MetricConfig("x", [new("nan", double.NaN), new("inf", double.PositiveInfinity), new("minus_inf", double.NegativeInfinity), new("minus_zero", -0.0), new("single", 0.1f), new("tiny", double.Epsilon)]);
        var json = config.ToJson();
        Assert.Contains("\"nan\": \"NaN\"", json, StringComparison.Ordinal);
        Assert.Contains("\"inf\": \"Infinity\"", json, StringComparison.Ordinal);
        Assert.Contains("\"minus_inf\": \"-Infinity\"", json, StringComparison.Ordinal);
        Assert.Contains("\"single\": 0.1,", json, StringComparison.Ordinal);

        var read = MetricConfig.FromJson(json).Arguments;
        Assert.Equal(double.NaN, MetricArguments.Convert<double>(read["nan"], "nan"));
        Assert.Equal(double.PositiveInfinity, MetricArguments.Convert<double>(read["inf"], "inf"));
        Assert.Equal(double.NegativeInfinity, MetricArguments.Convert<double>(read["minus_inf"], "minus_inf"));
        Assert.True(double.IsNegative((double)read["minus_zero"]!));
        Assert.Equal(0.1f, MetricArguments.Convert<float>(read["single"], "single"));
        Assert.Equal(double.Epsilon, (double)read["tiny"]!);
    }

    [Fact]
    public void FromJsonGivesLongsDoublesAndArrays()
    {
        var config = MetricConfig.FromJson("""{"class_name": "IoU", "config": {"num_classes": 4, "target_class_ids": [0, 2], "ignore_class": null}}"""u8);
        Assert.Equal("IoU", config.Name);
        Assert.Equal(["num_classes", "target_class_ids", "ignore_class"], config.Parameters.Select(p => p.Key));
        Assert.IsType<long>(config.Arguments["num_classes"]);
        Assert.Equal(new object?[] { 0L, 2L }, Assert.IsType<object?[]>(config.Arguments["target_class_ids"]));
        Assert.Null(config.Arguments["ignore_class"]);
        Assert.IsType<double>(MetricConfig.FromJson("""{"class_name": "Huber", "config": {"delta": 2.0}}""").Arguments["delta"]);

        var iou = (IoU)MetricRegistry.Deserialize(config).State;
        Assert.Equal(4, iou.NumClasses);
        Assert.Equal([0, 2], iou.TargetClassIds.AsSpan().ToArray());
    }

    [Fact]
    public void SerializeDeserializeAndGetFollowKeras()
    {
        var metric = new FBetaScore(numClasses: 3, beta: 0.5, average: AverageMode.Weighted);
        var config = MetricRegistry.Serialize(metric);
        Assert.Equal(config, MetricRegistry.Serialize(new MetricInstance<FBetaScore, double>(metric)));
        Assert.Equal("FBetaScore", config.Name);

        var back = MetricRegistry.Deserialize(config);
        Assert.True(metric.HasSameParameters((FBetaScore)back.State));

        Assert.IsType<MetricInstance<MeanSquaredError, double>>(MetricRegistry.Get("mse"));
        Assert.True(metric.HasSameParameters((FBetaScore)MetricRegistry.Get(config).State));
        Assert.True(metric.HasSameParameters((FBetaScore)MetricRegistry.Get(config.ToJson()).State));
        using (var document = JsonDocument.Parse(config.ToJson()))
        {
            Assert.True(metric.HasSameParameters((FBetaScore)MetricRegistry.Get(document.RootElement).State));
        }

        var instance = MetricRegistry.Create("mae");
        Assert.Same(instance, MetricRegistry.Get(instance));

        // Any registered spelling names the metric, as with Create.
        Assert.IsType<MetricInstance<Accuracy, double>>(MetricRegistry.Deserialize(new MetricConfig("acc")));

        Assert.Throws<ArgumentNullException>(() => MetricRegistry.Get(null!));
        var other = Assert.Throws<ArgumentException>(() => MetricRegistry.Get(42));
        Assert.Contains("System.Int32", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TypedFromConfigRefusesAnotherMetricsConfiguration()
    {
        var e = Assert.Throws<ArgumentException>(() => ConfusionMatrix.FromConfig(new Accuracy().GetConfig()));
        Assert.Contains("Accuracy", e.Message, StringComparison.Ordinal);
        Assert.Contains("ConfusionMatrix", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeRefusesUnknownMetricsKeysAndValues()
    {
        var unknown = Assert.Throws<ArgumentException>(() => MetricRegistry.Deserialize(MetricConfig.FromJson("""{"class_name": "ConfusionMatrx", "config": {}}""")));
        Assert.Contains("ConfusionMatrx", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("ConfusionMatrix", unknown.Message, StringComparison.Ordinal);

        var key = Assert.Throws<ArgumentException>(() => MetricRegistry.Deserialize(MetricConfig.FromJson("""{"class_name": "ConfusionMatrix", "config": {"num_classes": 3, "num_clases": 2}}""")));
        Assert.Contains("num_clases", key.Message, StringComparison.Ordinal);

        var value = Assert.Throws<ArgumentOutOfRangeException>(() => MetricRegistry.Deserialize(MetricConfig.FromJson("""{"class_name": "ConfusionMatrix", "config": {"num_classes": -3}}""")));
        Assert.Contains("-3", value.Message, StringComparison.Ordinal);

        var type = Assert.Throws<ArgumentException>(() => MetricRegistry.Deserialize(MetricConfig.FromJson("""{"class_name": "ConfusionMatrix", "config": {"num_classes": 2.5}}""")));
        Assert.Contains("num_classes", type.Message, StringComparison.Ordinal);

        var choice = Assert.Throws<ArgumentException>(() => MetricRegistry.Deserialize(MetricConfig.FromJson("""{"class_name": "ConfusionMatrix", "config": {"normalize": "rows"}}""")));
        Assert.Contains("rows", choice.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"class_name\": \"Accuracy\", \"config\": {", "not valid JSON")]
    [InlineData("[1, 2]", "Not a metric configuration")]
    [InlineData("null", "Not a metric configuration")]
    [InlineData("{\"config\": {}}", "class_name")]
    [InlineData("{\"class_name\": \"\", \"config\": {}}", "class_name")]
    [InlineData("{\"class_name\": 3, \"config\": {}}", "Not a metric configuration")]
    [InlineData("{\"class_name\": \"Accuracy\", \"config\": [0.5]}", "must be an object")]
    [InlineData("{\"class_name\": \"Accuracy\", \"config\": {}, \"extra\": 1}", "extra")]
    [InlineData("{\"class_name\": \"Accuracy\", \"config\": {\"threshold\": {\"value\": 0.5}}}", "'threshold'")]
    [InlineData("{\"class_name\": \"Accuracy\", \"config\": {\"threshold\": 0.5, \"threshold\": 0.7}}", "threshold")]
    [InlineData("{\"class_name\": \"Accuracy\", \"class_name\": \"Recall\"}", "class_name")]
    [InlineData("{\"class_name\": \"Accuracy\", \"config\": {\"threshold\": 1e400}}", "1e400")]
    public void MalformedJsonIsRefusedWithAReason(string json, string reason)
    {
        var e = Assert.ThrowsAny<JsonException>(() => MetricConfig.FromJson(json));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CollectionRoundTripsNamesOrderAndSharedStatistics()
    {
        var collection = new MetricCollection()
            .Add<Precision, double>(new Precision(threshold: 0.3), "p")
            .Add<MeanSquaredError, double>(new MeanSquaredError(), "mse")
            .Add<Recall, double>(new Recall(threshold: 0.3), "r")
            .Add<F1Score, double>(new F1Score(threshold: 0.3), "f1")
            .Add<Auc, double>(new Auc(numThresholds: 20), "auc")
            .Add<RootMeanSquaredError, double>(new RootMeanSquaredError(), "rmse");
        var config = collection.GetConfig();
        Assert.Equal(["p", "mse", "r", "f1", "auc", "rmse"], config.Members.Select(m => m.Key));

        var json = config.ToJson();
        var read = CollectionConfig.FromJson(json);
        Assert.Equal(config, read);
        Assert.Equal(json, read.ToJson());

        var rebuilt = MetricCollection.FromConfig(read);
        Assert.Equal(collection.Names, rebuilt.Names);
        Assert.Equal(collection.StatesPerUpdate, rebuilt.StatesPerUpdate);
        Assert.Equal(config, rebuilt.GetConfig());

        var labels = new double[] { 0, 1, 1, 0, 1, 0, 1, 1 };
        var scores = new double[] { 0.2, 0.9, 0.4, 0.35, 0.6, 0.1, 0.25, 0.8 };
        collection.Update(new MetricBatch(labels, scores));
        rebuilt.Update(new MetricBatch(labels, scores));
        Assert.Equal(collection.ToString(), rebuilt.ToString());

        // The rebuilt collection merges with the original: same members, parameters and sharing.
        rebuilt.Merge(collection);
    }

    [Fact]
    public void ACollectionConfigFileDrivesACollection()
    {
        var path = System.IO.Path.GetTempFileName();
        try
        {
            System.IO.File.WriteAllText(path, """
                {
                  "metrics": [
                    {"name": "acc", "class_name": "Accuracy", "config": {"threshold": 0.4}},
                    {"name": "auc", "class_name": "auc", "config": {"num_thresholds": 50, "curve": "precisionrecall"}},
                    {"name": "mse", "class_name": "mean_squared_error"}
                  ]
                }
                """);
            var collection = MetricCollection.FromConfig(CollectionConfig.FromJson(System.IO.File.ReadAllText(path)));
            Assert.Equal(["acc", "auc", "mse"], collection.Names);
            Assert.Equal(0.4, ((Accuracy)collection.Get("acc").State).Threshold);
            var auc = (Auc)collection.Get("auc").State;
            Assert.Equal(50, auc.NumThresholds);
            Assert.Equal(AucCurve.PrecisionRecall, auc.Curve);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Theory]
    [InlineData("{\"metrics\": [{\"name\": \"a\", \"class_name\": \"Accuracy\"}, {\"name\": \"a\", \"class_name\": \"Recall\"}]}", "'a'")]
    [InlineData("{\"metrics\": [{\"class_name\": \"Accuracy\"}]}", "name")]
    [InlineData("{\"metrics\": [{\"name\": \"a\", \"class_name\": \"Accuracy\", \"config\": 3}]}", "Member 'a'")]
    [InlineData("{\"metrics\": {}}", "Not a collection configuration")]
    [InlineData("{\"members\": []}", "members")]
    [InlineData("{\"metrics\": [", "not valid JSON")]
    public void MalformedCollectionJsonIsRefusedWithAReason(string json, string reason)
    {
        var e = Assert.ThrowsAny<JsonException>(() => CollectionConfig.FromJson(json));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CollectionFromConfigNamesTheMemberThatFails()
    {
        var config = CollectionConfig.FromJson("""{"metrics": [{"name": "ok", "class_name": "mse"}, {"name": "bad", "class_name": "ConfusionMatrix", "config": {"num_classes": 0}}]}""");
        var e = Assert.ThrowsAny<ArgumentException>(() => MetricCollection.FromConfig(config));
        Assert.Contains("Member 'bad'", e.Message, StringComparison.Ordinal);

        var unknown = CollectionConfig.FromJson("""{"metrics": [{"name": "x", "class_name": "NoSuchMetric"}]}""");
        Assert.Contains("Member 'x'", Assert.Throws<ArgumentException>(() => MetricCollection.FromConfig(unknown)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CollectionConfigRefusesRepeatedOrEmptyNames()
    {
        var config = new Accuracy().GetConfig();
        Assert.Throws<ArgumentException>(() => new CollectionConfig([new("a", config), new("a", config)]));
        Assert.Throws<ArgumentException>(() => new CollectionConfig([new("", config)]));
        Assert.Throws<ArgumentException>(() => new CollectionConfig([new("a", null!)]));
    }

    private static void TypedRoundTrip<TMetric>(TMetric original, MetricConfig config)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var recreated = TMetric.FromConfig(config);
        Assert.True(original.HasSameParameters(recreated), $"{TMetric.MetricName}: {original} vs {recreated}");
        Assert.Equal(original.GetConfig(), recreated.GetConfig());
    }

    // The metric with its default parameters, or null when it has required ones (then any configuration is not the default).
    private static IMetricInstance? Defaults(string identifier)
    {
        try
        {
            return MetricRegistry.Create(identifier);
        }
        catch (ArgumentException e) when (e.Message.Contains("needs the parameter", StringComparison.Ordinal))
        {
            return null;
        }
    }

    // The type a metric with required parameters has, found with the first table row whose arguments it accepts.
    private static Type? TypeWithRequiredParameters(string identifier)
    {
        foreach (var (_, arguments) in Table)
        {
            try
            {
                return MetricRegistry.Create(identifier, arguments).State.GetType();
            }
            catch (ArgumentException)
            {
                // Not this row's parameters.
            }
        }

        return null;
    }

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] arguments) =>
        arguments.ToDictionary(a => a.Name, a => a.Value);

    private static readonly (string Identifier, Dictionary<string, object?> Arguments)[] Table =
    [
        ("mean", Args()),
        ("sum", Args()),
        ("min", Args()),
        ("max", Args()),
        ("welford", Args()),
        ("accuracy", Args(("threshold", 0.3))),
        ("precision", Args(("threshold", 0.25), ("zero_division", "zero"))),
        ("recall", Args(("threshold", 0.7), ("zero_division", "one"))),
        ("f1_score", Args(("threshold", 0.4), ("zero_division", "zero"))),
        ("binary_counts", Args(("threshold", 0.6))),
        ("log_prob", Args()),
        ("binary_accuracy", Args(("threshold", 0.1))),
        ("exact_match_accuracy", Args()),
        ("categorical_accuracy", Args()),
        ("sparse_categorical_accuracy", Args()),
        ("top_k_categorical_accuracy", Args(("k", 3))),
        ("sparse_top_k_categorical_accuracy", Args(("k", 2))),
        ("sparse_top_k_sorted_ids_accuracy", Args(("k", 4))),
        ("binary_crossentropy", Args(("from_logits", true), ("label_smoothing", 0.1), ("epsilon", 1e-15), ("clip_only", true))),
        ("categorical_crossentropy", Args(("from_logits", true), ("label_smoothing", 0.05))),
        ("sparse_categorical_crossentropy", Args(("from_logits", true), ("ignore_class", 2))),
        ("kl_divergence", Args(("keras_clip", false))),
        ("poisson", Args(("epsilon", 1e-8))),
        ("hinge", Args()),
        ("squared_hinge", Args()),
        ("categorical_hinge", Args()),
        ("true_positives", Args(("thresholds", new[] { 0.2, 0.6 }), ("class_id", 1))),
        ("false_positives", Args(("thresholds", new[] { 0.3 }), ("class_id", 0))),
        ("true_negatives", Args(("thresholds", new[] { 0.1, 0.9 }))),
        ("false_negatives", Args(("thresholds", new[] { 0.25, 0.5, 0.75 }), ("class_id", 2))),
        ("precision_at_thresholds", Args(("thresholds", new[] { 0.3, 0.6 }), ("zero_division", "zero"), ("class_id", 1))),
        ("recall_at_thresholds", Args(("thresholds", new[] { 0.4 }), ("zero_division", "one"))),
        ("top_k_precision", Args(("k", 2), ("class_id", 1), ("threshold", 0.2), ("zero_division", "zero"))),
        ("top_k_recall", Args(("k", 3), ("threshold", 0.1), ("zero_division", "one"))),
        ("multiclass_precision", Args(("num_classes", 4), ("average", "weighted"), ("zero_division", "zero"))),
        ("multiclass_recall", Args(("num_classes", 5), ("average", "micro"))),
        ("f_beta_score", Args(("num_classes", 3), ("beta", 0.5), ("average", "weighted"), ("zero_division", "one"))),
        ("multi_label_f_beta_score", Args(("num_labels", 4), ("beta", 2.0), ("threshold", 0.4), ("average", "micro"))),
        ("multi_label_counts", Args(("num_labels", 3), ("threshold", 0.3), ("beta", 2.0))),
        ("multi_label_precision", Args(("num_labels", 4), ("average", "samples"), ("zero_division", "one"), ("all_labels", true))),
        ("multi_label_recall", Args(("num_labels", 4), ("threshold", 0.6), ("average", "weighted"))),
        ("multi_label_jaccard", Args(("num_labels", 4), ("average", "micro"), ("zero_division", "zero"))),
        ("multi_label_exact_match", Args(("num_labels", 3), ("threshold", 0.4))),
        ("hamming_loss", Args(("num_labels", 3))),
        ("label_ranking_average_precision", Args()),
        ("coverage_error", Args()),
        ("label_ranking_loss", Args()),
        ("multi_label_average_precision", Args(("average", "weighted"), ("zero_division", "zero"))),
        ("one_vs_rest_average_precision", Args(("average", "micro"))),
        ("binary_f_beta_score", Args(("beta", 0.5), ("threshold", 0.5), ("zero_division", "one"))),
        ("log_loss", Args(("epsilon", 1e-7), ("num_classes", 3), ("normalize", false))),
        ("row_lp_error", Args(("p", 3.0), ("norm", false), ("transform", "log1p"))),
        ("matthews_correlation", Args(("num_classes", 3), ("zero_division", "zero"))),
        ("cohen_kappa", Args(("num_classes", 4), ("weighting", "quadratic"))),
        ("balanced_accuracy", Args(("num_classes", 3))),
        ("io_u", Args(("num_classes", 4), ("target_class_ids", new[] { 1, 3 }), ("ignore_class", 0))),
        ("mean_io_u", Args(("num_classes", 3), ("ignore_class", 2))),
        ("binary_io_u", Args(("threshold", 0.3), ("target_class_ids", new[] { 1 }))),
        ("one_hot_io_u", Args(("num_classes", 3), ("target_class_ids", new[] { 0, 2 }))),
        ("one_hot_mean_io_u", Args(("num_classes", 5), ("ignore_class", 1))),
        ("auc", Args(("num_thresholds", 50), ("curve", "precisionrecall"), ("summation", "majoring"), ("from_logits", true), ("zero_division", "zero"))),
        ("Auc", Args(("thresholds", new[] { 0.2, 0.5, 0.8 }), ("curve", "precisionrecall"))),
        ("exact_auc", Args(("curve", "precisionrecall"), ("zero_division", "one"))),
        ("histogram_roc_auc", Args(("bits", 12), ("zero_division", "zero"))),
        ("average_precision", Args(("zero_division", "zero"))),
        ("one_vs_rest_auc", Args(("average", "weighted"), ("zero_division", "zero"))),
        ("one_vs_one_auc", Args(("average", "weighted"), ("zero_division", "zero"))),
        ("partial_roc_auc", Args(("max_fpr", 0.2), ("zero_division", "one"))),
        ("auc", Args(("curve", "precision_recall_gain"), ("summation", "minoring"))),
        ("multi_label_auc", Args(("average", "micro"), ("zero_division", "one"))),
        ("multi_label_binned_auc", Args(("num_labels", 3), ("average", "weighted"), ("label_weights", new[] { 0.5, 1.0, 2.0 }), ("num_thresholds", 20), ("curve", "precisionrecall"), ("from_logits", true))),
        ("precision_at_recall", Args(("recall", 0.8), ("num_thresholds", 50), ("zero_division", "zero"), ("class_id", 1))),
        ("recall_at_precision", Args(("precision", 0.6), ("num_thresholds", 100))),
        ("sensitivity_at_specificity", Args(("specificity", 0.9), ("num_thresholds", 30), ("class_id", 0))),
        ("specificity_at_sensitivity", Args(("sensitivity", 0.7), ("num_thresholds", 40), ("zero_division", "one"))),
        ("confusion_matrix", Args(("num_classes", 4), ("normalize", "pred"), ("zero_division", "zero"))),
        ("brier_score_loss", Args()),
        ("calibration_error", Args(("num_bins", 7), ("norm", "max"))),
        ("calibration_curve", Args(("num_bins", 12))),
        ("lp_error", Args(("p", 3.0), ("norm", true), ("transform", "log1p"))),
        ("mae", Args()),
        ("mse", Args()),
        ("rmse", Args()),
        ("msle", Args()),
        ("rmsle", Args()),
        ("mape", Args(("epsilon", 2.220446049250313e-16), ("percent", false))),
        ("huber", Args(("delta", 2.5))),
        ("logcosh", Args()),
        ("cosine", Args()),
        ("r2", Args(("num_regressors", 2))),
        ("multi_output_r2_score", Args(("class_aggregation", "variance_weighted_average"), ("num_regressors", 1), ("num_outputs", 3))),
        ("explained_variance", Args(("force_finite", false))),
        ("pearson", Args()),
        ("ccc", Args()),
        ("row_pearson_correlation", Args()),
        ("row_concordance_correlation", Args(("epsilon", 1e-6))),
        ("precision_at_k", Args(("k", 3))),
        ("recall_at_k", Args(("k", 5))),
        ("mrr", Args(("k", 10))),
        ("map", Args(("k", 4))),
        ("ndcg", Args(("k", 7))),
        ("dcg", Args(("k", 2))),
        ("retrieval_items", Args()),
        ("retrieval_map", Args(("top_k", 3), ("ignore_index", -1), ("empty_target_action", "skip"))),
        ("retrieval_mrr", Args(("top_k", 2), ("empty_target_action", "pos"))),
        ("retrieval_precision", Args(("top_k", 2), ("adaptive_k", true), ("empty_target_action", "error"))),
        ("retrieval_recall", Args(("top_k", 5))),
        ("retrieval_ndcg", Args(("top_k", 4), ("ignore_index", 9))),
        ("retrieval_hit_rate", Args(("top_k", 1))),
        ("retrieval_r_precision", Args(("empty_target_action", "pos"))),
        ("retrieval_fall_out", Args(("top_k", 2), ("empty_target_action", "neg"))),
        ("mean_pinball_loss", Args(("alpha", 0.9))),
        ("smape", Args(("epsilon", 1e-3))),
        ("wmape", Args(("epsilon", 1e-3))),
        ("mean_tweedie_deviance", Args(("power", 1.5))),
        ("d2_tweedie_score", Args(("power", 2.0))),
        ("d2_pinball_score", Args(("alpha", 0.1), ("quantile", "weighted_lower"))),
        ("median_absolute_error", Args(("quantile", "weighted_lower"))),
        ("max_error", Args()),
        ("spearman", Args()),
        ("kendall_tau", Args()),
        ("multiclass_hinge", Args()),
    ];

    [Fact]
    public void ConfigurationBytesThatAreNotUtf8AreAJsonError()
    {
        byte[] metric = [.. "{\"class_name\": \""u8, 0xFF, 0xFE, .. "\"}"u8];
        byte[] collection = [.. "{\"metrics\": [{\"name\": \""u8, 0xC3, .. "\", \"class_name\": \"mse\"}]}"u8];
        Assert.Contains("UTF-8", Assert.Throws<JsonException>(() => MetricConfig.FromJson(metric)).Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", Assert.Throws<JsonException>(() => CollectionConfig.FromJson(collection)).Message, StringComparison.Ordinal);
    }
}
