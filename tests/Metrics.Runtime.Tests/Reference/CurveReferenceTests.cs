using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Every case of Reference/curves.json (make_reference_curves.py): exact ROC AUC, PR AUC, average precision and curve
/// points against scikit-learn; binned AUC and the at-X metrics against Keras's formulas re-implemented in NumPy.
/// Masks and weights are passed to the metric; the reference applied them by indexing.
/// </summary>
public sealed class CurveReferenceTests
{
    private const double Relative = 1e-9;
    private const double Absolute = 1e-12;

    private sealed record CurveCase(string Name, int[] Labels, double[] Scores, bool[]? Mask, double[]? Weights, JsonObject Expected)
    {
        public double Value(string key) => ReferenceData.Number(Expected[key]);

        public double[]? Values(string key) => Expected[key] is JsonArray array ? array.Select(ReferenceData.Number).ToArray() : null;

        public override string ToString() => Name;
    }

    private static readonly Lazy<IReadOnlyDictionary<string, CurveCase>> Loaded = new(Load);

    public static TheoryData<string> Names() => new(Loaded.Value.Keys.Order(StringComparer.Ordinal));

    private static CurveCase Get(string name) => Loaded.Value[name];

    private static IReadOnlyDictionary<string, CurveCase> Load()
    {
        var root = ReferenceJson.Root("curves.json");
        return root["cases"]!.AsArray().Select(node =>
        {
            var c = node!.AsObject();
            return new CurveCase(
                c["name"]!.GetValue<string>(),
                c["labels"]!.AsArray().Select(v => (int)ReferenceData.Number(v)).ToArray(),
                c["scores"]!.AsArray().Select(ReferenceData.Number).ToArray(),
                c["mask"] is JsonArray mask ? mask.Select(m => m!.GetValue<bool>()).ToArray() : null,
                c["weights"] is JsonArray weights ? weights.Select(ReferenceData.Number).ToArray() : null,
                c["expected"]!.AsObject());
        }).ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    private sealed record RowCase(string Name, int[] Labels, double[,] Scores, bool[]? Mask, double[]? Weights, JsonObject Expected)
    {
        public override string ToString() => Name;
    }

    private static readonly Lazy<IReadOnlyDictionary<string, RowCase>> LoadedRows = new(LoadRows);

    public static TheoryData<string> RowNames() => new(LoadedRows.Value.Keys.Order(StringComparer.Ordinal));

    private static IReadOnlyDictionary<string, RowCase> LoadRows()
    {
        var root = ReferenceJson.Root("curves.json");
        return root["ovr_cases"]!.AsArray().Select(node =>
        {
            var c = node!.AsObject();
            var columns = c["columns"]!.GetValue<int>();
            var flat = c["scores"]!.AsArray().Select(ReferenceData.Number).ToArray();
            var rows = new double[flat.Length / columns, columns];
            for (var i = 0; i < flat.Length; i++)
            {
                rows[i / columns, i % columns] = flat[i];
            }

            return new RowCase(
                c["name"]!.GetValue<string>(),
                c["labels"]!.AsArray().Select(v => v!.GetValue<int>()).ToArray(),
                rows,
                c["mask"] is JsonArray mask ? mask.Select(m => m!.GetValue<bool>()).ToArray() : null,
                c["weights"] is JsonArray weights ? weights.Select(ReferenceData.Number).ToArray() : null,
                c["expected"]!.AsObject());
        }).ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RowNames))]
    public void OneVsRestAucMatchesScikitLearn(string name)
    {
        var c = LoadedRows.Value[name];
        var macro = new OneVsRestAuc().Update(c.Labels, c.Scores, c.Mask, c.Weights);
        Approx.Equal(ReferenceData.Number(c.Expected["macro"]), macro.Compute(), Relative, Absolute, name + " macro");
        Approx.Equal(c.Expected["per_class"]!.AsArray().Select(ReferenceData.Number).ToArray(), macro.PerClass(), Relative, Absolute, name + " per class");
        var weighted = new OneVsRestAuc(average: AucAverage.Weighted).Update(c.Labels, c.Scores, c.Mask, c.Weights);
        Approx.Equal(ReferenceData.Number(c.Expected["weighted"]), weighted.Compute(), Relative, Absolute, name + " weighted");
    }

    private sealed record LabelRowCase(string Name, int[,] Labels, double[,] Scores, bool[]? Mask, double[]? Weights, JsonObject Expected)
    {
        public override string ToString() => Name;
    }

    private static readonly Lazy<IReadOnlyDictionary<string, LabelRowCase>> LoadedLabelRows = new(LoadLabelRows);

    public static TheoryData<string> LabelRowNames() => new(LoadedLabelRows.Value.Keys.Order(StringComparer.Ordinal));

    private static IReadOnlyDictionary<string, LabelRowCase> LoadLabelRows()
    {
        var root = ReferenceJson.Root("curves.json");
        return root["multilabel_cases"]!.AsArray().Select(node =>
        {
            var c = node!.AsObject();
            var columns = c["columns"]!.GetValue<int>();
            var flat = c["scores"]!.AsArray().Select(ReferenceData.Number).ToArray();
            var flatLabels = c["labels"]!.AsArray().Select(v => v!.GetValue<int>()).ToArray();
            var rows = new double[flat.Length / columns, columns];
            var labels = new int[flat.Length / columns, columns];
            for (var i = 0; i < flat.Length; i++)
            {
                rows[i / columns, i % columns] = flat[i];
                labels[i / columns, i % columns] = flatLabels[i];
            }

            return new LabelRowCase(
                c["name"]!.GetValue<string>(),
                labels,
                rows,
                c["mask"] is JsonArray mask ? mask.Select(m => m!.GetValue<bool>()).ToArray() : null,
                c["weights"] is JsonArray weights ? weights.Select(ReferenceData.Number).ToArray() : null,
                c["expected"]!.AsObject());
        }).ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(LabelRowNames))]
    public void MultiLabelAucMatchesScikitLearn(string name)
    {
        var c = LoadedLabelRows.Value[name];
        foreach (var (average, key) in new[] { (MultiLabelAverage.Macro, "macro"), (MultiLabelAverage.Weighted, "weighted"), (MultiLabelAverage.Micro, "micro") })
        {
            var metric = new MultiLabelAuc(average: average).Update(c.Labels, c.Scores, c.Mask, c.Weights);
            Approx.Equal(ReferenceData.Number(c.Expected[key]), metric.Compute(), Relative, Absolute, $"{name} {key}");
        }

        var perLabel = new MultiLabelAuc().Update(c.Labels, c.Scores, c.Mask, c.Weights).PerLabel();
        Approx.Equal(c.Expected["per_label"]!.AsArray().Select(ReferenceData.Number).ToArray(), perLabel, Relative, Absolute, name + " per label");
    }

    [Fact]
    public void ReferenceFileCoversTheEdgeCases()
    {
        var names = Loaded.Value.Keys.ToHashSet();
        foreach (var required in new[] { "ties", "all_equal_scores", "one_class_positive", "one_class_negative", "large", "large_weighted_masked", "small_masked_weighted", "logits" })
        {
            Assert.Contains(required, names);
        }

        Assert.True(Get("large").Labels.Length >= 10_000);
        Assert.True(LoadedRows.Value["ovr_large"].Labels.Length >= 10_000);
        Assert.Contains("ovr_absent_class", LoadedRows.Value.Keys);
        Assert.True(LoadedLabelRows.Value["multilabel_large"].Labels.GetLength(0) >= 10_000);
        Assert.Contains("multilabel_one_class_column", LoadedLabelRows.Value.Keys);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ExactAreasMatchScikitLearn(string name)
    {
        var c = Get(name);
        Approx.Equal(c.Value("roc_auc"), new ExactAuc().Update(c.Labels, c.Scores, c.Mask, c.Weights).Compute(), Relative, Absolute, name + " roc_auc");
        Approx.Equal(c.Value("pr_auc"), new ExactAuc(curve: AucCurve.PrecisionRecall).Update(c.Labels, c.Scores, c.Mask, c.Weights).Compute(), Relative, Absolute, name + " pr_auc");
        Approx.Equal(c.Value("average_precision"), new AveragePrecision().Update(c.Labels, c.Scores, c.Mask, c.Weights).Compute(), Relative, Absolute, name + " average_precision");

        // The same through spans and float inputs where the scores are floats already (no new ties).
        if (c.Scores.All(s => (double)(float)s == s))
        {
            var floats = c.Scores.Select(s => (float)s).ToArray();
            Approx.Equal(c.Value("roc_auc"), new ExactAuc().Update(c.Labels, floats, c.Mask, c.Weights?.Select(w => (float)w).ToArray()).Compute(), 1e-6, 1e-7, name + " roc_auc (float)");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void CurvePointsMatchScikitLearn(string name)
    {
        var c = Get(name);
        var auc = new ExactAuc().Update(c.Labels, c.Scores, c.Mask, c.Weights);
        foreach (var (suffix, drop) in new[] { ("", true), ("_all", false) })
        {
            if (c.Values("roc_fpr" + suffix) is { } fpr)
            {
                var roc = auc.RocCurve(dropIntermediate: drop);
                Approx.Equal(fpr, roc.FalsePositiveRates, Relative, Absolute, name + " fpr" + suffix);
                Approx.Equal(c.Values("roc_tpr" + suffix)!, roc.TruePositiveRates, Relative, Absolute, name + " tpr" + suffix);
                Approx.Equal(c.Values("roc_thresholds" + suffix)!, roc.Thresholds, 0, 0, name + " thresholds" + suffix);
            }
        }

        if (c.Values("pr_precision") is { } precision)
        {
            var pr = new AveragePrecision().Update(c.Labels, c.Scores, c.Mask, c.Weights).PrecisionRecallCurve();
            Approx.Equal(precision, pr.Precisions, Relative, Absolute, name + " precision");
            Approx.Equal(c.Values("pr_recall")!, pr.Recalls, Relative, Absolute, name + " recall");
            Approx.Equal(c.Values("pr_thresholds")!, pr.Thresholds, 0, 0, name + " pr thresholds");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void BinnedAucMatchesKerasFormulas(string name)
    {
        var c = Get(name);
        foreach (var curve in new[] { AucCurve.Roc, AucCurve.PrecisionRecall })
        {
            var key = curve == AucCurve.Roc ? "ROC" : "PR";
            foreach (var (summation, text) in new[] { (AucSummation.Interpolation, "interpolation"), (AucSummation.Minoring, "minoring"), (AucSummation.Majoring, "majoring") })
            {
                var value = new Auc(curve: curve, summation: summation).Update(c.Labels, c.Scores, c.Mask, c.Weights).Compute();
                Approx.Equal(c.Value($"binned_{key}_{text}"), value, Relative, Absolute, $"{name} binned {key} {text}");
            }

            Approx.Equal(c.Value($"binned_{key}_interpolation_n7"), new Auc(numThresholds: 7, curve: curve).Update(c.Labels, c.Scores, c.Mask, c.Weights).Compute(), Relative, Absolute, $"{name} binned {key} n=7");
            Approx.Equal(c.Value($"binned_{key}_from_logits"), new Auc(curve: curve, fromLogits: true).Update(c.Labels, c.Scores, c.Mask, c.Weights).Compute(), Relative, Absolute, $"{name} binned {key} from logits");
            var explicitThresholds = new CurveThresholds(0.3, 0.1, 0.5, 0.77);
            Approx.Equal(c.Value($"binned_{key}_explicit"), new Auc(thresholds: explicitThresholds, curve: curve).Update(c.Labels, c.Scores, c.Mask, c.Weights).Compute(), Relative, Absolute, $"{name} binned {key} explicit");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void RateConstraintMetricsMatchKerasFormulas(string name)
    {
        var c = Get(name);
        foreach (var n in new[] { 200, 11 })
        {
            var suffix = n == 200 ? string.Empty : "_n11";
            Approx.Equal(c.Value("at_sensitivity_at_specificity" + suffix), new SensitivityAtSpecificity(0.6, numThresholds: n).Update(c.Labels, c.Scores, c.Mask, c.Weights).Compute(), Relative, Absolute, name + " sensitivity@specificity" + suffix);
            Approx.Equal(c.Value("at_specificity_at_sensitivity" + suffix), new SpecificityAtSensitivity(0.6, numThresholds: n).Update(c.Labels, c.Scores, c.Mask, c.Weights).Compute(), Relative, Absolute, name + " specificity@sensitivity" + suffix);
            Approx.Equal(c.Value("at_precision_at_recall" + suffix), new PrecisionAtRecall(0.6, numThresholds: n).Update(c.Labels, c.Scores, c.Mask, c.Weights).Compute(), Relative, Absolute, name + " precision@recall" + suffix);
            Approx.Equal(c.Value("at_recall_at_precision" + suffix), new RecallAtPrecision(0.6, numThresholds: n).Update(c.Labels, c.Scores, c.Mask, c.Weights).Compute(), Relative, Absolute, name + " recall@precision" + suffix);
        }
    }
}
