using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Metrics;
using Xunit;

namespace Metrics.Runtime.Tests.Registry;

/// <summary>
/// Parameters by name are converted strictly: invariant-culture numbers, whole numbers for integers and enums, bools
/// only from bools (or the strings "true"/"false"), no enum of another type, no empty list, one spelling per key.
/// Configuration files' <see cref="JsonElement"/> values follow the same rules.
/// </summary>
public sealed class ArgumentConversionTests
{
    [Theory]
    [InlineData("0,5")]
    [InlineData("1,000")]
    [InlineData("0.5.1")]
    [InlineData("")]
    public void NumbersAreParsedWithTheInvariantCultureOnly(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => MetricRegistry.Create("huber", Arguments(("delta", text))));
        Assert.Equal("delta", e.ParamName);
        Assert.Contains($"\"{text}\"", e.Message, StringComparison.Ordinal);
        Assert.Equal(new Huber(delta: 0.25), MetricRegistry.Create("huber", Arguments(("delta", " 0.25 "))).State);
        Assert.Equal(new Huber(delta: 2500), MetricRegistry.Create("huber", Arguments(("delta", "2.5e3"))).State);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.5)]
    [InlineData(2.000001)]
    public void EnumsTakeWholeNumbersOnly(double value)
    {
        var e = Assert.Throws<ArgumentException>(() => MetricRegistry.Create("f_beta_score", Arguments(("num_classes", 3), ("average", value))));
        Assert.Equal("average", e.ParamName);
        Assert.Contains("AverageMode", e.Message, StringComparison.Ordinal);
        Assert.Equal(new FBetaScore(3, average: AverageMode.Weighted), MetricRegistry.Create("f_beta_score", Arguments(("num_classes", 3), ("average", 2.0))).State);
    }

    [Fact]
    public void AnEnumOfAnotherTypeIsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            MetricRegistry.Create("f_beta_score", Arguments(("num_classes", 3), ("zero_division", AverageMode.Micro))));
        Assert.Equal("zero_division", e.ParamName);
        Assert.Contains("AverageMode", e.Message, StringComparison.Ordinal);
        Assert.Contains("ZeroDivision", e.Message, StringComparison.Ordinal);

        // Nor does an enum stand for a number.
        Assert.Throws<ArgumentException>(() => MetricRegistry.Create("huber", Arguments(("delta", ZeroDivision.One))));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(2)]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData("yes")]
    [InlineData("1")]
    public void BoolsComeFromBoolsOnly(object value)
    {
        var e = Assert.Throws<ArgumentException>(() => MetricRegistry.Create("binary_crossentropy", Arguments(("from_logits", value))));
        Assert.Equal("from_logits", e.ParamName);
        Assert.Contains("Boolean", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BoolsAcceptTrueAndFalseStrings()
    {
        Assert.Equal(new BinaryCrossentropy(fromLogits: true), MetricRegistry.Create("bce", Arguments(("from_logits", "True"))).State);
        Assert.Equal(new BinaryCrossentropy(fromLogits: false), MetricRegistry.Create("bce", Arguments(("from_logits", "false"))).State);
    }

    [Fact]
    public void IntegersTakeWholeNumbersInRange()
    {
        Assert.Equal(new ConfusionMatrix(3), MetricRegistry.Create("confusion_matrix", Arguments(("num_classes", 3.0))).State);
        Assert.Equal(new ConfusionMatrix(3), MetricRegistry.Create("confusion_matrix", Arguments(("num_classes", "3"))).State);
        var big = Assert.Throws<ArgumentException>(() => MetricRegistry.Create("confusion_matrix", Arguments(("num_classes", 1L << 31))));
        Assert.Equal("num_classes", big.ParamName);
        Assert.Contains("2147483648", big.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => MetricRegistry.Create("confusion_matrix", Arguments(("num_classes", "3.5"))));
        Assert.Throws<ArgumentException>(() => MetricRegistry.Create("confusion_matrix", Arguments(("num_classes", true))));
    }

    [Fact]
    public void AnEmptyListIsRejected()
    {
        foreach (var empty in new object[] { Array.Empty<double>(), new List<object>(), ParameterArray.Create<double>([]) })
        {
            var e = Assert.Throws<ArgumentException>(() => MetricRegistry.Create("true_positives", Arguments(("thresholds", empty))));
            Assert.Equal("thresholds", e.ParamName);
            Assert.Contains("empty", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AListWithADeclaredDefaultIsOptionalByName()
    {
        // TruePositives' thresholds default to [0.5]; the generated FromArguments used to require them.
        Assert.Equal(new TruePositives(), MetricRegistry.Create("true_positives").State);
        Assert.Equal(ParameterArray.Create([0.5]), ((TruePositives)MetricRegistry.Create("true_positives").State).Thresholds);
        Assert.Equal(new RecallAtThresholds(), RecallAtThresholds.FromArguments(new Dictionary<string, object?>()));
    }

    [Fact]
    public void TwoSpellingsOfOneKeyAreRejectedNamingBoth()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            MetricRegistry.Create("binary_crossentropy", Arguments(("from_logits", true), ("fromLogits", false))));
        Assert.Contains("'from_logits'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'fromLogits'", e.Message, StringComparison.Ordinal);

        // Also for the generated FromArguments called directly, and the hand-written and typed paths.
        Assert.Throws<ArgumentException>(() => Precision.FromArguments(Arguments(("Threshold", 0.2), ("threshold", 0.7))));
        Assert.Throws<ArgumentException>(() =>
            MetricRegistry.Create("multi_output_r2_score", Arguments(("multioutput", "uniform_average"), ("class_aggregation", "variance_weighted"))));
        Assert.Throws<ArgumentException>(() =>
            MetricRegistry.Create("multi_output_r2_score", Arguments(("num_regressors", 1), ("NumRegressors", 2))));
        Assert.Throws<ArgumentException>(() =>
            MetricRegistry.Create<DotProductNDCG>("dot_product_ndcg", Arguments(("k", 3), ("K", 4))));
    }

    [Fact]
    public void JsonElementValuesAreAcceptedWithTheSameStrictness()
    {
        using var config = JsonDocument.Parse("""
            { "threshold": 0.25, "zero_division": "zero", "thresholds": [0.2, 0.6], "one": 0.5, "from_logits": true,
              "class_id": null, "num_classes": 3, "whole": 3.0, "comma": "0,5", "half": 1.5, "object": { "a": 1 },
              "empty": [], "big": 1e400, "average": 2, "multioutput": "variance_weighted_average" }
            """);
        var json = config.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
        object? Json(string key) => json[key];

        var f1 = MetricRegistry.Create("f1_score", Arguments(("threshold", Json("threshold")), ("zero_division", Json("zero_division"))));
        Assert.Equal(new F1Score(threshold: 0.25, zeroDivision: ZeroDivision.Zero), f1.State);
        Assert.Equal(new TruePositives(ParameterArray.Create([0.2, 0.6])), MetricRegistry.Create("true_positives", Arguments(("thresholds", Json("thresholds")))).State);
        Assert.Equal(new TruePositives(ParameterArray.Create([0.5])), MetricRegistry.Create("true_positives", Arguments(("thresholds", Json("one")), ("class_id", Json("class_id")))).State);
        Assert.Equal(new BinaryCrossentropy(fromLogits: true), MetricRegistry.Create("bce", Arguments(("from_logits", Json("from_logits")))).State);
        Assert.Equal(new ConfusionMatrix(3), MetricRegistry.Create("confusion_matrix", Arguments(("num_classes", Json("num_classes")))).State);
        Assert.Equal(new ConfusionMatrix(3), MetricRegistry.Create("confusion_matrix", Arguments(("num_classes", Json("whole")))).State);
        Assert.Equal(new FBetaScore(3, average: AverageMode.Weighted), MetricRegistry.Create("f_beta_score", Arguments(("num_classes", Json("num_classes")), ("average", Json("average")))).State);

        Assert.Equal(
            new MultiOutputR2Score(MultiOutputAverage.VarianceWeighted, 0, 2).ClassAggregation,
            ((MultiOutputR2Score)MetricRegistry.Create("multi_output_r2_score", Arguments(("multioutput", Json("multioutput")), ("num_outputs", 2))).State).ClassAggregation);
        var perOutput = Assert.Throws<ArgumentException>(() => MetricRegistry.Create("multi_output_r2_score", Arguments(("multioutput", Json("class_id")))));
        Assert.Contains("PerOutput", perOutput.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => MetricRegistry.Create("huber", Arguments(("delta", Json("comma")))));
        Assert.Throws<ArgumentException>(() => MetricRegistry.Create("confusion_matrix", Arguments(("num_classes", Json("half")))));
        Assert.Throws<ArgumentException>(() => MetricRegistry.Create("f_beta_score", Arguments(("num_classes", 3), ("average", Json("half")))));
        Assert.Throws<ArgumentException>(() => MetricRegistry.Create("bce", Arguments(("from_logits", Json("one")))));
        Assert.Throws<ArgumentException>(() => MetricRegistry.Create("huber", Arguments(("delta", Json("object")))));
        Assert.Throws<ArgumentException>(() => MetricRegistry.Create("huber", Arguments(("delta", Json("class_id")))));
        Assert.Throws<ArgumentException>(() => MetricRegistry.Create("huber", Arguments(("delta", Json("big")))));
        Assert.Throws<ArgumentException>(() => MetricRegistry.Create("true_positives", Arguments(("thresholds", Json("empty")))));
    }

    [Fact]
    public void ADeserializedConfigurationIsPassedAsItIs()
    {
        var arguments = JsonSerializer.Deserialize<Dictionary<string, object?>>("""{ "threshold": 0.25, "zero_division": "zero" }""")!;
        Assert.Equal(new F1Score(threshold: 0.25, zeroDivision: ZeroDivision.Zero), MetricRegistry.Create("f1_score", arguments).State);
    }

    private static Dictionary<string, object?> Arguments(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value);
}
