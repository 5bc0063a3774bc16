using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Every case of Reference/classification.json (scikit-learn / NumPy following Keras, see
/// make_reference_classification.py), run through the array overloads with double inputs (relative 1e-9) and with
/// float inputs (relative 1e-5; cases whose meaning rounding to float would change are left out of the float run).
/// </summary>
public sealed class ClassificationReferenceTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, ReferenceCase>> Cases =
        new(() => ReferenceData.LoadFile("classification.json"));

    public static TheoryData<string> AllCases() => new(Cases.Value.Keys.Order(StringComparer.Ordinal));

    /// <summary>
    /// The cases float inputs keep the meaning of: no score whose float rounding moves it across a threshold (the
    /// data has scores equal to thresholds on purpose: 0.3f &gt; 0.3), and none of the epsilon-clipped losses (whose
    /// clip bounds depend on the input precision, on purpose, see KerasEpsilon).
    /// </summary>
    public static TheoryData<string> FloatCases() =>
        new(Cases.Value.Values.Where(FloatApplicable).Select(c => c.Name).Order(StringComparer.Ordinal));

    private static bool FloatApplicable(ReferenceCase c)
    {
        if (c.Metric.Contains("Crossentropy", StringComparison.Ordinal) || c.Metric is "KLDivergence" or "Poisson")
        {
            return false;
        }

        var thresholds = c.Params["thresholds"] is JsonArray list ? list.Select(ReferenceData.Number).ToArray()
            : c.Params["threshold"] is JsonNode one ? [ReferenceData.Number(one)]
            : [];
        return !c.Predictions.Any(p => thresholds.Any(t => (p > t) != ((double)(float)p > t)));
    }

    [Fact]
    public void ReferenceFileCoversEveryNewMetric()
    {
        var metrics = Cases.Value.Values.Select(c => c.Metric).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[]
            {
                "BalancedAccuracy", "BinaryAccuracy", "BinaryCrossentropy", "BinaryIoU", "CategoricalAccuracy",
                "CategoricalCrossentropy", "CategoricalHinge", "CohenKappa", "ConfusionMatrix", "ExactMatchAccuracy",
                "FBetaScore", "FalseNegatives", "FalsePositives", "Hinge", "IoU", "KLDivergence", "MatthewsCorrelation",
                "MeanIoU", "MulticlassPrecision", "MulticlassRecall", "OneHotIoU", "OneHotMeanIoU", "Poisson",
                "PrecisionAtThresholds", "RecallAtThresholds", "SparseCategoricalAccuracy", "SparseCategoricalCrossentropy",
                "SparseTopKCategoricalAccuracy", "SquaredHinge", "TopKCategoricalAccuracy", "TrueNegatives", "TruePositives",
            },
            metrics);
        Assert.True(Cases.Value.Values.Count(c => c.Count >= 2000) >= 30, "too few large cases");
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Doubles(string name)
    {
        var c = Cases.Value[name];
        Approx.Equal(Expected(c), ClassificationRunner.Run(c, asFloat: false), 1e-9, 1e-12, c.Describe());
    }

    [Theory]
    [MemberData(nameof(FloatCases))]
    public void Floats(string name)
    {
        var c = Cases.Value[name];
        Approx.Equal(Expected(c), ClassificationRunner.Run(c, asFloat: true), 1e-5, 1e-6, c.Describe() + " [float]");
    }

    private static double[] Expected(ReferenceCase c) =>
        c.Expected is JsonArray array ? array.Select(ReferenceData.Number).ToArray() : [ReferenceData.Number(c.Expected)];
}
