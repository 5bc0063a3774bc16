using System;
using System.Collections.Generic;
using System.Linq;
using Metrics;
using Metrics.Runtime.Tests.Custom;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>Creating metrics by Keras identifiers, with parameters by name; custom registration; clone.</summary>
public sealed class RegistryTests
{
    private static readonly double[] Labels = [0, 1, 1, 0, 1, 0, 1, 1];
    private static readonly double[] Scores = [-1.5, 2.0, 0.3, 0.7, -0.2, -3.0, 1.1, 0.0];

    [Theory]
    [InlineData("mse", typeof(MeanSquaredError))]
    [InlineData("MSE", typeof(MeanSquaredError))]
    [InlineData("mean_squared_error", typeof(MeanSquaredError))]
    [InlineData("MeanSquaredError", typeof(MeanSquaredError))]
    [InlineData("mae", typeof(MeanAbsoluteError))]
    [InlineData("MAE", typeof(MeanAbsoluteError))]
    [InlineData("msle", typeof(MeanSquaredLogError))]
    [InlineData("mean_squared_logarithmic_error", typeof(MeanSquaredLogError))]
    [InlineData("rmse", typeof(RootMeanSquaredError))]
    [InlineData("root_mean_squared_error", typeof(RootMeanSquaredError))]
    [InlineData("acc", typeof(Accuracy))]
    [InlineData("accuracy", typeof(Accuracy))]
    [InlineData("f1_score", typeof(F1Score))]
    [InlineData("F1Score", typeof(F1Score))]
    [InlineData("precision", typeof(Precision))]
    [InlineData("recall", typeof(Recall))]
    [InlineData("mean", typeof(Average))]
    [InlineData("welford", typeof(Welford))]
    [InlineData("binary_counts", typeof(BinaryCounts))]
    public void KerasIdentifiersResolve(string identifier, Type expected)
    {
        var metric = MetricRegistry.Create(identifier);
        Assert.Equal(expected, metric.State.GetType());
        Assert.True(MetricRegistry.Contains(identifier));
    }

    [Fact]
    public void EveryBuiltInDeclaredWithTheDslIsRegistered()
    {
        var registrable = typeof(Accuracy).Assembly.GetTypes()
            .Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRegistrableMetric<>)))
            .ToList();
        Assert.True(registrable.Count >= 30, $"only {registrable.Count} registrable built-ins found");
        Assert.All(registrable, t => Assert.True(MetricRegistry.Contains(t.Name), $"{t.Name} is not in the registry"));
        Assert.All(registrable, t => Assert.True(MetricRegistry.Contains(MetricRegistry.SnakeCase(t.Name)), $"{MetricRegistry.SnakeCase(t.Name)} does not resolve"));
    }

    [Fact]
    public void EveryPublicMetricTypeIsRegistered()
    {
        var metrics = typeof(Accuracy).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IMetric<,>)))
            .ToList();
        Assert.Contains(typeof(DotProductNDCG), metrics);
        Assert.All(metrics, t => Assert.True(MetricRegistry.Contains(MetricRegistry.SnakeCase(t.Name)), $"{t.Name} is not in the registry"));
    }

    [Fact]
    public void DotProductMetricsAreCreatedByNameWithTheirType()
    {
        float[] queries = [1, 0, 0, 1];
        float[] keys = [0.9f, 0.1f, 0.2f, 0.8f, 0.5f, 0.5f];
        int[] indices = [0, 1, 2, 2, 1, 0];
        float[] labels = [1, 0, 1, 0, 1, 0];
        var arguments = new Dictionary<string, object?> { ["k"] = 2 };

        var byName = MetricRegistry.Create<DotProductNDCG>("dot_product_ndcg", arguments).Update(labels, queries, keys, indices, 2);
        Assert.Equal(new DotProductNDCG(2).Update(labels, queries, keys, indices, 2).Compute(), byName.Compute());
        Assert.Equal(2, MetricRegistry.Create<DotProductPrecisionAtK>("DotProductPrecisionAtK", arguments).K);
        Assert.Equal(2, MetricRegistry.Create<DotProductRecallAtK>("dot_product_recall_at_k", arguments).K);
        Assert.Equal(int.MaxValue, MetricRegistry.Create<DotProductMeanReciprocalRank>("dot_product_mean_reciprocal_rank").K);
        Assert.Equal(2, MetricRegistry.Create<DotProductMeanAveragePrecision>("dot_product_mean_average_precision", arguments).K);

        var untyped = Assert.Throws<ArgumentException>(() => MetricRegistry.Create("dot_product_ndcg"));
        Assert.Equal("identifier", untyped.ParamName);
        Assert.Contains("MetricRegistry.Create<DotProductNDCG>", untyped.Message, StringComparison.Ordinal);
        var otherType = Assert.Throws<ArgumentException>(() => MetricRegistry.Create<DotProductNDCG>("mse"));
        Assert.Contains("names MeanSquaredError, not DotProductNDCG", otherType.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => MetricRegistry.Create<DotProductNDCG>("dot_product_ndcg", new Dictionary<string, object?> { ["k"] = 0 }));
        Assert.Equal(new MeanSquaredError(), MetricRegistry.Create<MeanSquaredError>("mse"));
    }

    [Fact]
    public void ListParametersTakeSequencesOrOneValue()
    {
        var list = MetricRegistry.Create("true_positives", new Dictionary<string, object?> { ["thresholds"] = new[] { 0.2, 0.6f } });
        Assert.Equal(new TruePositives(ParameterArray.Create([0.2, 0.6000000238418579])), list.State);
        var one = MetricRegistry.Create("TruePositives", new Dictionary<string, object?> { ["thresholds"] = 0.5 });
        Assert.Equal(new TruePositives(ParameterArray.Create([0.5])), one.State);
        var bad = Assert.Throws<ArgumentException>(() =>
            MetricRegistry.Create("true_positives", new Dictionary<string, object?> { ["thresholds"] = new object[] { 0.2, "x" } }));
        Assert.Contains("thresholds[1]", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfusionMatrixNeedsItsNumberOfClasses()
    {
        var missing = Assert.Throws<ArgumentException>(() => MetricRegistry.Create("confusion_matrix"));
        Assert.Equal("NumClasses", missing.ParamName);
        var matrix = MetricRegistry.Create("confusion_matrix", new Dictionary<string, object?> { ["num_classes"] = 3L });
        Assert.Equal(new ConfusionMatrix(3), matrix.State);
    }

    [Theory]
    [InlineData("MeanIoU", "mean_io_u")]
    [InlineData("FBetaScore", "f_beta_score")]
    [InlineData("F1Score", "f1_score")]
    [InlineData("AUC", "auc")]
    [InlineData("R2Score", "r2_score")]
    [InlineData("TopKCategoricalAccuracy", "top_k_categorical_accuracy")]
    [InlineData("HTTPServer", "http_server")]
    public void SnakeCaseFollowsKeras(string name, string snake) => Assert.Equal(snake, MetricRegistry.SnakeCase(name));

    [Fact]
    public void ParametersByNameInAnySpelling()
    {
        var typed = new Precision(threshold: 0.5, zeroDivision: ZeroDivision.One)
            .Update(Array.ConvertAll(Labels, l => (int)l), Scores);
        foreach (var arguments in new[]
        {
            new Dictionary<string, object?> { ["threshold"] = 0.5, ["zero_division"] = "one" },
            new Dictionary<string, object?> { ["Threshold"] = 0.5f, ["zeroDivision"] = ZeroDivision.One },
            new Dictionary<string, object?> { ["THRESHOLD"] = "0.5", ["zero-division"] = 2 },
        })
        {
            var metric = MetricRegistry.Create("precision", arguments);
            metric.Update(new MetricBatch(Labels, Scores));
            Assert.Equal(typed, metric.State);
            Assert.Equal(typed.Compute(), (double)metric.Compute());
        }
    }

    [Fact]
    public void RequiredParameterMustBeGiven()
    {
        var missing = Assert.Throws<ArgumentException>(() => MetricRegistry.Create("lp_error"));
        Assert.Contains("'P'", missing.Message, StringComparison.Ordinal);
        var lp = MetricRegistry.Create("lp_error", new Dictionary<string, object?> { ["p"] = 3, ["transform"] = "log1p" });
        Assert.Equal(new LpError(3, transform: LpTransform.Log1P), lp.State);
    }

    [Fact]
    public void UnknownMetricListsCloseMatches()
    {
        var e = Assert.Throws<ArgumentException>(() => MetricRegistry.Create("mean_squared_eror"));
        Assert.Equal("identifier", e.ParamName);
        Assert.Contains("'mean_squared_error'", e.Message, StringComparison.Ordinal);

        var recal = Assert.Throws<ArgumentException>(() => MetricRegistry.Create("recal"));
        Assert.Contains("'recall'", recal.Message, StringComparison.OrdinalIgnoreCase);

        var nothing = Assert.Throws<ArgumentException>(() => MetricRegistry.Create("zzzzzzzzzzzzzzzz"));
        Assert.Contains("Identifiers", nothing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOrInvalidParameterIsNamed()
    {
        var unknown = Assert.Throws<ArgumentException>(() =>
            MetricRegistry.Create("precision", new Dictionary<string, object?> { ["treshold"] = 0.5 }));
        Assert.Equal("treshold", unknown.ParamName);
        Assert.Contains("Threshold, ZeroDivision", unknown.Message, StringComparison.Ordinal);

        var wrongType = Assert.Throws<ArgumentException>(() =>
            MetricRegistry.Create("precision", new Dictionary<string, object?> { ["threshold"] = "high" }));
        Assert.Contains("\"high\"", wrongType.Message, StringComparison.Ordinal);

        var wrongEnum = Assert.Throws<ArgumentException>(() =>
            MetricRegistry.Create("precision", new Dictionary<string, object?> { ["zero_division"] = "two" }));
        Assert.Contains("NaN, Zero, One", wrongEnum.Message, StringComparison.Ordinal);

        var fractional = Assert.Throws<ArgumentException>(() =>
            MetricRegistry.Create("confusion_matrix", new Dictionary<string, object?> { ["num_classes"] = 2.5 }));
        Assert.Contains("whole number", fractional.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            MetricRegistry.Create("confusion_matrix", new Dictionary<string, object?> { ["num_classes"] = 0 }));

        var noParameters = Assert.Throws<ArgumentException>(() =>
            MetricRegistry.Create("mse", new Dictionary<string, object?> { ["axis"] = -1 }));
        Assert.Contains("no parameters", noParameters.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomMetricsRegisterThemselves()
    {
        MetricRegistry.Register<TopOneHitRate, double>("hit_rate_at_1");
        MetricRegistry.Register<TopOneHitRate, double>("top1");
        Assert.Equal(typeof(TopOneHitRate), MetricRegistry.Create("hit_rate_at_1").State.GetType());
        Assert.Equal(typeof(TopOneHitRate), MetricRegistry.Create("TopOneHitRate").State.GetType());
        Assert.Equal(typeof(TopOneHitRate), MetricRegistry.Create("top1").State.GetType());
        Assert.Contains("top_one_hit_rate", MetricRegistry.Identifiers);

        var conflict = Assert.Throws<ArgumentException>(() => MetricRegistry.Register<TopOneHitRate, double>("mse"));
        Assert.Contains("MeanSquaredError", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(MeanSquaredError), MetricRegistry.Create("mse").State.GetType());
    }

    [Fact]
    public void CloneHasTheParametersAndAnEmptyState()
    {
        var metric = MetricRegistry.Create("flax_f1_score", new Dictionary<string, object?> { ["threshold"] = 0.25 });
        metric.Update(new MetricBatch(Labels, Scores));
        var clone = metric.Clone();
        Assert.Equal(new F1Score(threshold: 0.25), clone.State);
        Assert.True(double.IsNaN((double)clone.Compute()));
        clone.Update(new MetricBatch(Labels, Scores));
        Assert.Equal(metric.State, clone.State);
    }

    [Fact]
    public void InstancesMergeAndReset()
    {
        var a = MetricRegistry.Create("mse");
        var b = a.Clone();
        a.Update(new MetricBatch(Labels.AsSpan(0, 3), Scores.AsSpan(0, 3)));
        b.Update(new MetricBatch(Labels.AsSpan(3), Scores.AsSpan(3)));
        a.Merge(b);
        Assert.Equal(new MeanSquaredError().Update(Labels, Scores).Compute(), (double)a.Compute(), 12);

        var different = Assert.Throws<ArgumentException>(() => a.Merge(MetricRegistry.Create("mae")));
        Assert.Contains("MeanAbsoluteError", different.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() =>
            MetricRegistry.Create("precision").Merge(MetricRegistry.Create("precision", new Dictionary<string, object?> { ["threshold"] = 0.3 })));

        a.Reset();
        Assert.Equal(new MeanSquaredError(), a.State);
    }
}
