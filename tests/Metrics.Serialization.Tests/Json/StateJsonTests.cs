using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using Xunit;

namespace Metrics.Serialization.Tests.Json;

/// <summary>
/// The JSON state format: every built-in round-trips exactly after realistic updates (the text written again is the
/// same, the metric equal, its value bit-identical), special doubles survive, compact sample buffers stay compact,
/// and what a reader refuses is refused as a <see cref="MetricStateException"/> naming the problem.
/// </summary>
public sealed class StateJsonTests
{
    public static TheoryData<string> Identifiers() => [.. BuiltInStates.Table.Select(row => row.Identifier)];

    [Theory]
    [MemberData(nameof(Identifiers))]
    public void EveryBuiltInRoundTripsExactlyAfterUpdates(string identifier)
    {
        var (_, arguments, kind) = BuiltInStates.Table.Single(row => row.Identifier == identifier);
        var metric = BuiltInStates.Updated(identifier, arguments, kind);
        typeof(StateJsonTests).GetMethod(nameof(RoundTrip), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(metric.State.GetType())
            .Invoke(null, [metric.State]);
    }

    [Fact]
    public void TheTableCoversEveryBuiltInWithAnInstance()
    {
        var covered = BuiltInStates.Table.Select(row => MetricRegistry.Create(row.Identifier, row.Arguments).State.GetType()).ToHashSet();
        Assert.Equal(BuiltInStates.Table.Length, covered.Count);
        foreach (var identifier in MetricRegistry.Identifiers)
        {
            IMetricInstance metric;
            try
            {
                metric = MetricRegistry.Create(identifier);
            }
            catch (ArgumentException)
            {
                // Required parameters (covered through the table's own rows) or no MetricBatch form.
                continue;
            }

            if (metric.State.GetType().Assembly == typeof(MetricRegistry).Assembly)
            {
                Assert.Contains(metric.State.GetType(), covered);
            }
        }
    }

    [Fact]
    public void TheDocumentHoldsNameConfigLayoutAndFieldsInOrder()
    {
        var matrix = new ConfusionMatrix(numClasses: 2).Update([0, 1, 1, 0], [0, 1, 0, 0]);
        var json = MetricStateJson.ToJson(matrix);
        var node = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(["class_name", "config", "layout", "state"], node.Select(p => p.Key));
        Assert.Equal("ConfusionMatrix", (string)node["class_name"]!);
        Assert.Equal(2, (int)node["config"]!["num_classes"]!);
        Assert.Equal(IPersistentLayout<ConfusionMatrix>(), (string)node["layout"]!);
        var counts = Assert.Single(node["state"]!.AsObject());
        Assert.Equal([2.0, 0.0, 1.0, 1.0], counts.Value!.AsArray().Select(v => (double)v!));
        Assert.Equal(json, MetricStateJson.ToJson(MetricStateJson.FromJson<ConfusionMatrix>(System.Text.Encoding.UTF8.GetBytes(json))));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("-0.0")]
    [InlineData("5E-324")]
    [InlineData("2.2250738585072014E-308")]
    [InlineData("1.7976931348623157E+308")]
    [InlineData("0.30000000000000004")]
    public void SpecialDoublesRoundTripBitForBit(string text)
    {
        var expected = text switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
        };
        var node = JsonNode.Parse(MetricStateJson.ToJson(new Sum().Update([1.0])))!.AsObject();
        var field = Assert.Single(node["state"]!.AsObject()).Key;
        node["state"]![field] = expected is double.NaN or double.PositiveInfinity or double.NegativeInfinity ? JsonValue.Create(text) : JsonNode.Parse(text);

        var sum = MetricStateJson.FromJson<Sum>(node.ToJsonString());
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(sum.Compute()));
        var again = JsonNode.Parse(MetricStateJson.ToJson(sum))!["state"]![field]!;
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(MetricStateJson.FromJson<Sum>(MetricStateJson.ToJson(sum)).Compute()));
        Assert.Equal(text is "NaN" or "Infinity" or "-Infinity" ? $"\"{text}\"" : text, again.ToJsonString());
    }

    [Fact]
    public void CompactSampleBuffersComeBackCompactAndWideOnesWide()
    {
        var compact = new ExactAuc().Update([0, 1, 1, 0], [0.25, 0.5, 0.75, 0.125]);
        Assert.True(compact.Samples.HasSingleScores);
        Assert.True(compact.Samples.HasByteLabels);
        var compactBack = MetricStateJson.FromJson<ExactAuc>(MetricStateJson.ToJson(compact));
        Assert.Equal(compact, compactBack);
        Assert.True(compactBack.Samples.HasSingleScores);
        Assert.True(compactBack.Samples.HasByteLabels);
        Assert.False(compactBack.Samples.IsWeighted);

        var wide = new ExactAuc().Update([0, 1, 1, 0], [0.1, 0.2, 0.3, -0.0], weights: [1, 2, 0.5, 1]);
        Assert.False(wide.Samples.HasSingleScores);
        var wideBack = MetricStateJson.FromJson<ExactAuc>(MetricStateJson.ToJson(wide));
        Assert.Equal(wide, wideBack);
        Assert.False(wideBack.Samples.HasSingleScores);
        Assert.True(wideBack.Samples.IsWeighted);
        Assert.Equal(wide.Compute(), wideBack.Compute());
        Assert.True(double.IsNegative(wideBack.Samples.ScoreAt(3)));
    }

    [Fact]
    public void AnotherMetricsStateIsRefused()
    {
        var json = MetricStateJson.ToJson(new MeanSquaredError().Update([1.0, 2.0], [1.5, 2.5]));
        var e = Assert.Throws<MetricStateException>(() => MetricStateJson.FromJson<MeanAbsoluteError>(json));
        Assert.Equal(MetricStateProblem.OtherMetric, e.Problem);
        Assert.Contains("MeanSquaredError", e.Message, StringComparison.Ordinal);
        Assert.Contains("MeanAbsoluteError", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherLayoutIsRefusedNamingTheDifferingPart()
    {
        var node = JsonNode.Parse(MetricStateJson.ToJson(new ConfusionMatrix(numClasses: 2)))!.AsObject();
        var layout = (string)node["layout"]!;
        node["layout"] = layout.Replace("sum cells", "sum longs", StringComparison.Ordinal);
        var e = Refused<ConfusionMatrix>(node, MetricStateProblem.OtherLayout);
        Assert.Contains("sum longs", e.Message, StringComparison.Ordinal);
        Assert.Contains("sum cells", e.Message, StringComparison.Ordinal);

        node["layout"] = layout + "; Extra: sum double";
        Assert.Contains("Extra", Refused<ConfusionMatrix>(node, MetricStateProblem.OtherLayout).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingExtraAndMisnamedFieldsAreRefused()
    {
        var json = MetricStateJson.ToJson(new MeanSquaredError().Update([1.0, 2.0], [1.5, 2.5]));
        var fields = JsonNode.Parse(json)!["state"]!.AsObject().Select(p => p.Key).ToArray();
        Assert.True(fields.Length >= 2);

        var missing = JsonNode.Parse(json)!.AsObject();
        missing["state"]!.AsObject().Remove(fields[^1]);
        Assert.Contains(fields[^1], Refused<MeanSquaredError>(missing, MetricStateProblem.OtherLayout).Message, StringComparison.Ordinal);

        var extra = JsonNode.Parse(json)!.AsObject();
        extra["state"]!["Surplus"] = 1.0;
        Assert.Contains("Surplus", Refused<MeanSquaredError>(extra, MetricStateProblem.OtherLayout).Message, StringComparison.Ordinal);

        var misnamed = JsonNode.Parse(json)!.AsObject();
        var state = misnamed["state"]!.AsObject();
        var value = state[fields[0]]!.DeepClone();
        var rest = fields.Skip(1).Select(f => (f, state[f]!.DeepClone())).ToArray();
        state.Clear();
        state["Renamed"] = value;
        foreach (var (name, node) in rest)
        {
            state[name] = node;
        }

        var e = Refused<MeanSquaredError>(misnamed, MetricStateProblem.OtherLayout);
        Assert.Contains("Renamed", e.Message, StringComparison.Ordinal);
        Assert.Contains(fields[0], e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongArrayLengthsAndSampleCountsAreRefused()
    {
        var matrix = JsonNode.Parse(MetricStateJson.ToJson(new ConfusionMatrix(numClasses: 2).Update([0, 1], [1, 1])))!.AsObject();
        var cells = Assert.Single(matrix["state"]!.AsObject()).Value!.AsArray();
        cells.RemoveAt(0);
        Assert.Contains("3 cells", Refused<ConfusionMatrix>(matrix, MetricStateProblem.Invalid).Message, StringComparison.Ordinal);

        var auc = JsonNode.Parse(MetricStateJson.ToJson(new ExactAuc().Update([0, 1, 1], [0.25, 0.5, 0.75])))!.AsObject();
        var samples = Assert.Single(auc["state"]!.AsObject()).Value!;
        samples["count"] = 4;
        Assert.Contains("4 samples", Refused<ExactAuc>(auc, MetricStateProblem.Invalid).Message, StringComparison.Ordinal);

        samples["count"] = 3;
        samples["weights"] = new JsonArray(1.0, 2.0);
        Assert.Contains("2 weights", Refused<ExactAuc>(auc, MetricStateProblem.Invalid).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"class_name\": ", "not valid JSON")]
    [InlineData("[1, 2]", "not a JSON array")]
    [InlineData("{\"class_name\": \"MeanSquaredError\"}", "needs")]
    [InlineData("{\"class_name\": \"MeanSquaredError\", \"config\": {}, \"layout\": \"x\", \"state\": {}, \"more\": 1}", "'more'")]
    public void InvalidDocumentsAreRefused(string json, string reason)
    {
        var e = Assert.Throws<MetricStateException>(() => MetricStateJson.FromJson<MeanSquaredError>(json));
        Assert.Equal(MetricStateProblem.Invalid, e.Problem);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidValuesAreRefused()
    {
        var json = MetricStateJson.ToJson(new ConfusionMatrix(numClasses: 2));
        var config = JsonNode.Parse(json)!.AsObject();
        config["config"]!["num_classes"] = 0;
        Assert.Matches("(?i)num_?classes", Refused<ConfusionMatrix>(config, MetricStateProblem.Invalid).Message);

        var cell = JsonNode.Parse(json)!.AsObject();
        Assert.Single(cell["state"]!.AsObject()).Value!.AsArray()[0] = "many";
        Assert.Contains("many", Refused<ConfusionMatrix>(cell, MetricStateProblem.Invalid).Message, StringComparison.Ordinal);
    }

    private static MetricStateException Refused<TMetric>(JsonNode node, MetricStateProblem problem)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var e = Assert.Throws<MetricStateException>(() => MetricStateJson.FromJson<TMetric>(node.ToJsonString()));
        Assert.Equal(problem, e.Problem);
        return e;
    }

    private static string IPersistentLayout<TMetric>()
        where TMetric : struct, IPersistentMetric<TMetric> => TMetric.StateLayout;

    private static void RoundTrip<TMetric>(TMetric metric)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        var json = MetricStateJson.ToJson(metric);
        var back = MetricStateJson.FromJson<TMetric>(json);
        Assert.Equal(metric, back);
        Assert.True(metric.HasSameParameters(back));
        Assert.Equal(json, MetricStateJson.ToJson(back));
        Assert.Equal(Describe(Compute(metric)), Describe(Compute(back)));

        // The state read back merges as the original does.
        Assert.Equal(Describe(Compute(metric.Merge(metric))), Describe(Compute(back.Merge(metric))));
    }

    private static object? Compute<TMetric>(TMetric metric)
        where TMetric : struct => typeof(TMetric).GetMethod("Compute", Type.EmptyTypes)!.Invoke(metric, null);

    // A value's exact content: every double by its bits.
    private static string Describe(object? value) => value switch
    {
        double d => BitConverter.DoubleToInt64Bits(d).ToString(System.Globalization.CultureInfo.InvariantCulture),
        System.Collections.IEnumerable items => string.Join(",", items.Cast<object?>().Select(Describe)),
        _ => value?.ToString() ?? "null",
    };
}
