using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Every case of Reference/labels.json (Keras' class_id and top_k on score rows; scikit-learn / NumPy, see
/// make_reference_labels.py): double scores in one batch and in two merged shards (relative 1e-9), and float scores
/// where rounding to float moves no score across a threshold.
/// </summary>
public sealed class LabelsReferenceTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, ReferenceCase>> Cases = new(() => ReferenceData.LoadFile("labels.json"));

    public static TheoryData<string> AllCases() => new(Cases.Value.Keys.Order(StringComparer.Ordinal));

    public static TheoryData<string> FloatCases() =>
        new(Cases.Value.Values.Where(c => !c.Predictions.Any(p => Cuts(c).Any(t => (p > t) != ((double)(float)p > t)))).Select(c => c.Name).Order(StringComparer.Ordinal));

    /// <summary>Every threshold a score is compared with: the lists, the single threshold, or the evenly spaced grid.</summary>
    private static double[] Cuts(ReferenceCase c)
    {
        if (c.Params["thresholds"] is JsonArray list)
        {
            return list.Select(ReferenceData.Number).ToArray();
        }

        if (c.Params["threshold"] is JsonNode one)
        {
            return [ReferenceData.Number(one)];
        }

        var n = (int)c.Param("numThresholds", 0);
        return n > 1 ? Enumerable.Range(0, n).Select(i => i == n - 1 ? 1.0 : i * 1.0 / (n - 1)).ToArray() : [0.5];
    }

    private static double[] Expected(ReferenceCase c) =>
        c.Expected is JsonArray list ? list.Select(ReferenceData.Number).ToArray() : [ReferenceData.Number(c.Expected)];

    [Theory]
    [MemberData(nameof(AllCases))]
    public void MatchesReference(string name)
    {
        var c = Cases.Value[name];
        Approx.Equal(Expected(c), LabelsRunner.Run(c, asFloat: false), 1e-9, 1e-12, name);
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void MergedShardsMatchReference(string name)
    {
        var c = Cases.Value[name];
        Approx.Equal(Expected(c), LabelsRunner.Run(c, asFloat: false, split: c.Count / 3), 1e-9, 1e-12, name);
    }

    [Theory]
    [MemberData(nameof(FloatCases))]
    public void FloatScoresMatchReference(string name)
    {
        var c = Cases.Value[name];
        Approx.Equal(Expected(c), LabelsRunner.Run(c, asFloat: true), 1e-5, 1e-6, name);
    }

    [Fact]
    public void ReferenceFileCoversEveryMetricWithAndWithoutClassIdAndLargeBatches()
    {
        var metrics = Cases.Value.Values.Select(c => c.Metric).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[]
            {
                "FalseNegatives", "FalsePositives", "MultiLabelBinnedAuc", "PrecisionAtRecall", "PrecisionAtThresholds", "RecallAtPrecision",
                "RecallAtThresholds", "SensitivityAtSpecificity", "SpecificityAtSensitivity", "TopKPrecision", "TopKRecall",
                "TrueNegatives", "TruePositives",
            },
            metrics);
        foreach (var metric in metrics)
        {
            Assert.True(metric == "MultiLabelBinnedAuc" || Cases.Value.Values.Any(c => c.Metric == metric && c.Params["classId"] is not null), metric);
            Assert.Contains(Cases.Value.Values, c => c.Metric == metric && c.Params["classId"] is null);
            Assert.Contains(Cases.Value.Values, c => c.Metric == metric && c.Count * c.Columns >= 10_000);
        }
    }
}
