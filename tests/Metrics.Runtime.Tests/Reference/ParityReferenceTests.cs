using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Metrics.Runtime.Tests.Helpers;
using Xunit;
using static Metrics.Runtime.Tests.Helpers.ReferenceJson;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The scikit-learn parity metrics and parameters of issue 18 against scikit-learn and SciPy
/// (<c>Reference/make_reference_parity.py</c> → <c>Reference/parity.json</c>, <c>make_reference_parity_multilabel.py</c> →
/// <c>parity_multilabel.json</c>), each also as two merged shards, created through the registry by the
/// identifier and arguments each case names, so the snake_case names and the argument spellings are checked too.
/// </summary>
public sealed class ParityReferenceTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, JsonObject>> Cases =
        new(() => ReferenceJson.CasesByName("parity.json", "parity_multilabel.json"));

    public static TheoryData<string> CaseNames() => new(Cases.Value.Where(c => !IsFunctional(c.Value)).Select(c => c.Key));

    public static TheoryData<string> FunctionalCaseNames() => new(Cases.Value.Where(c => IsFunctional(c.Value)).Select(c => c.Key));

    [Fact]
    public void EveryParityMetricHasReferenceCases()
    {
        Type[] metrics =
        [
            typeof(MeanPinballLoss), typeof(SymmetricMeanAbsolutePercentageError), typeof(WeightedMeanAbsolutePercentageError),
            typeof(MeanTweedieDeviance), typeof(D2TweedieScore), typeof(D2PinballScore), typeof(MedianAbsoluteError),
            typeof(MaxError), typeof(SpearmanCorrelation), typeof(KendallTau), typeof(MeanAbsolutePercentageError),
            typeof(ExplainedVariance), typeof(BinaryCrossentropy), typeof(KLDivergence), typeof(Poisson), typeof(ConfusionMatrix),
            typeof(MulticlassHinge), typeof(NDCG), typeof(DCG), typeof(MeanIoU), typeof(BinaryIoU), typeof(IoU), typeof(OneHotIoU), typeof(OneHotMeanIoU),
        ];
        var covered = Cases.Value.Values.Where(c => !IsFunctional(c)).Select(c => CreateMetric(c).State.GetType()).ToHashSet();
        Assert.All(metrics, m => Assert.Contains(m, covered));
    }

    [Fact]
    public void EveryMultiLabelParityMetricHasReferenceCases()
    {
        Type[] metrics =
        [
            typeof(MulticlassPrecision), typeof(MulticlassRecall), typeof(FBetaScore), typeof(MultiLabelPrecision),
            typeof(MultiLabelRecall), typeof(MultiLabelFBetaScore), typeof(MultiLabelJaccard), typeof(MultiLabelExactMatch),
            typeof(HammingLoss), typeof(LabelRankingAveragePrecision), typeof(CoverageError), typeof(LabelRankingLoss),
            typeof(MultiLabelAveragePrecision), typeof(OneVsRestAveragePrecision), typeof(LogLoss), typeof(BinaryFBetaScore),
            typeof(RowLpError),
        ];
        var covered = Cases.Value.Values.Where(c => !IsFunctional(c)).Select(c => CreateMetric(c).State.GetType()).ToHashSet();
        Assert.All(metrics, m => Assert.Contains(m, covered));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void AgreesWithScikitLearn(string name)
    {
        var c = Cases.Value[name];
        Approx.Equal(Expected(c), Evaluate(c), 1e-9, 1e-12, name);
    }

    [Fact]
    public void EveryConfusionCountsRateHasReferenceCases()
    {
        string[] methods = ["specificity", "npv", "false_positive_rate", "false_negative_rate", "informedness", "markedness"];
        var covered = Cases.Value.Values.Select(c => c["method"]?.GetValue<string>()).ToHashSet();
        Assert.All(methods, m => Assert.Contains(m, covered));
        Assert.All(methods.Take(4), m => Assert.Contains("class_" + m, covered));
    }

    [Theory]
    [MemberData(nameof(FunctionalCaseNames))]
    public void FunctionalR2ScoreAgreesWithScikitLearn(string name)
    {
        var c = Cases.Value[name];
        var forceFinite = c["params"]!["force_finite"]!.GetValue<bool>();
        var actual = Functional.R2Score(Numbers(c["labels"])!, Numbers(c["predictions"])!, forceFinite);
        Approx.Equal(ReferenceData.Number(c["expected"]), actual, 1e-9, 1e-12, name);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void ShardsMergedEqualOnePass(string name)
    {
        var c = Cases.Value[name];
        var labels = Numbers(c["labels"])!;
        var predictions = Numbers(c["predictions"])!;
        var mask = c["mask"] is JsonArray m ? m.Select(x => x!.GetValue<bool>()).ToArray() : null;
        var weights = Numbers(c["weights"]);
        var columns = c["columns"]!.GetValue<int>();
        var width = Math.Max(columns, 1);
        var rows = predictions.Length / width;
        var half = rows / 2;
        var shards = new[] { (0, half), (half, rows - half) }.Select(range =>
        {
            var shard = CreateMetric(c);
            var labelWidth = labels.Length / rows;
            var batch = new MetricBatch(
                labels.AsSpan(range.Item1 * labelWidth, range.Item2 * labelWidth), predictions.AsSpan(range.Item1 * width, range.Item2 * width), columns);
            batch = mask is null ? batch : batch.WithMask(mask.AsSpan(range.Item1, range.Item2));
            batch = weights is null ? batch : batch.WithWeights(weights.AsSpan(range.Item1, range.Item2));
            shard.Update(batch);
            return shard;
        }).ToArray();
        shards[1].Merge(shards[0]);
        Approx.Equal(Evaluate(c), Values(shards[1], c["method"]?.GetValue<string>()), 1e-9, 1e-12, name);
    }

    private static double[] Expected(JsonObject c) =>
        c["expected"] is JsonArray matrix ? matrix.Select(ReferenceData.Number).ToArray() : [ReferenceData.Number(c["expected"])];

    private static bool IsFunctional(JsonObject c) => c["metric"]!.GetValue<string>() == "functional_r2_score";

    // A scalar value, a matrix flattened row-major, the named rate of confusion counts, or ("class_<rate>") that rate
    // of each class's one-vs-rest counts of a multi-class confusion matrix.
    private static double[] Values(IMetricInstance metric, string? method) =>
        method is { } name && name.StartsWith("class_", StringComparison.Ordinal)
            ? ((BalancedAccuracy)metric.State).ClassCounts().Select(counts => Rate(counts, name["class_".Length..])).ToArray()
            : metric.Compute() switch
            {
                double number => [number],
                double[,] matrix => matrix.Cast<double>().ToArray(),
                ConfusionCounts counts => [Rate(counts, method)],
                var value => throw new InvalidOperationException($"unexpected value type {value.GetType()}"),
            };

    private static double Rate(ConfusionCounts counts, string? method) => method switch
    {
        "specificity" => counts.Specificity(),
        "npv" => counts.Npv(),
        "false_positive_rate" => counts.FalsePositiveRate(),
        "false_negative_rate" => counts.FalseNegativeRate(),
        "informedness" => counts.Informedness(),
        "markedness" => counts.Markedness(),
        _ => throw new InvalidOperationException($"no ConfusionCounts method '{method}'"),
    };

    private static double[] Evaluate(JsonObject c)
    {
        var labels = Numbers(c["labels"])!;
        var predictions = Numbers(c["predictions"])!;
        var batch = new MetricBatch(labels, predictions, c["columns"]!.GetValue<int>());
        if (c["mask"] is JsonArray mask)
        {
            batch = batch.WithMask(mask.Select(x => x!.GetValue<bool>()).ToArray());
        }

        if (Numbers(c["weights"]) is { } weights)
        {
            batch = batch.WithWeights(weights);
        }

        var metric = CreateMetric(c);
        metric.Update(batch);
        return Values(metric, c["method"]?.GetValue<string>());
    }
}
