using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Every case of Reference/calibration.json (make_reference_calibration.py): Brier score and calibration curve against
/// scikit-learn, calibration errors against TorchMetrics' formulas in NumPy and TorchMetrics' documented examples.
/// Masks and weights are passed to the metric; the reference applied them by indexing.
/// </summary>
public sealed class CalibrationReferenceTests
{
    private const double Relative = 1e-9;
    private const double Absolute = 1e-12;

    private sealed record CalibrationCase(
        string Name, int[] Labels, double[] Probabilities, int Columns, bool[]? Mask, double[]? Weights, int NumBins, JsonObject Expected)
    {
        public double Value(string key) => ReferenceData.Number(Expected[key]);

        public double[,] Rows()
        {
            var rows = new double[Probabilities.Length / Columns, Columns];
            for (var i = 0; i < Probabilities.Length; i++)
            {
                rows[i / Columns, i % Columns] = Probabilities[i];
            }

            return rows;
        }

        public override string ToString() => Name;
    }

    private static readonly Lazy<JsonObject> Root = new(() =>
        ReferenceJson.Root("calibration.json"));

    private static IReadOnlyDictionary<string, CalibrationCase> Load(string section) =>
        Root.Value[section]!.AsArray().Select(node =>
        {
            var c = node!.AsObject();
            return new CalibrationCase(
                c["name"]!.GetValue<string>(),
                c["labels"]!.AsArray().Select(v => v!.GetValue<int>()).ToArray(),
                c["probabilities"]!.AsArray().Select(ReferenceData.Number).ToArray(),
                c["columns"]?.GetValue<int>() ?? 1,
                c["mask"] is JsonArray mask ? mask.Select(m => m!.GetValue<bool>()).ToArray() : null,
                c["weights"] is JsonArray weights ? weights.Select(ReferenceData.Number).ToArray() : null,
                c["num_bins"]!.GetValue<int>(),
                c["expected"]!.AsObject());
        }).ToDictionary(c => c.Name, StringComparer.Ordinal);

    private static readonly Lazy<IReadOnlyDictionary<string, CalibrationCase>> Binary = new(() => Load("binary_cases"));
    private static readonly Lazy<IReadOnlyDictionary<string, CalibrationCase>> Multiclass = new(() => Load("multiclass_cases"));
    private static readonly Lazy<IReadOnlyDictionary<string, CalibrationCase>> Examples = new(() => Load("torchmetrics_examples"));

    public static TheoryData<string> BinaryNames() => new(Binary.Value.Keys.Order(StringComparer.Ordinal));

    public static TheoryData<string> MulticlassNames() => new(Multiclass.Value.Keys.Order(StringComparer.Ordinal));

    private static readonly (CalibrationNorm Norm, string Key)[] Norms = [(CalibrationNorm.L1, "ece"), (CalibrationNorm.L2, "rmsce"), (CalibrationNorm.Max, "mce")];

    [Fact]
    public void TheReferenceHasCasesOfEveryKind()
    {
        Assert.True(Binary.Value.Count >= 10);
        Assert.True(Multiclass.Value.Count >= 6);
        Assert.Contains(Binary.Value.Values, c => c.Expected.ContainsKey("curve_prob_true") && c.Weights is not null);
        Assert.Contains(Binary.Value.Values, c => c.Name.Contains("boundaries", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BinaryNames))]
    public void BinaryBrierScoreMatchesScikitLearn(string name)
    {
        var c = Binary.Value[name];
        var metric = new BrierScore().Update(c.Labels, c.Probabilities, c.Mask, c.Weights);
        Approx.Equal(c.Value("brier"), metric.Compute(), Relative, Absolute, name);
    }

    [Theory]
    [MemberData(nameof(BinaryNames))]
    public void BinaryCalibrationErrorMatchesTorchMetricsFormula(string name)
    {
        var c = Binary.Value[name];
        foreach (var (norm, key) in Norms)
        {
            var metric = new CalibrationError(numBins: c.NumBins, norm: norm).Update(c.Labels, c.Probabilities, c.Mask, c.Weights);
            Approx.Equal(c.Value(key), metric.Compute(), Relative, Absolute, $"{name} {key}");
        }
    }

    [Theory]
    [MemberData(nameof(BinaryNames))]
    public void CalibrationCurveMatchesScikitLearn(string name)
    {
        var c = Binary.Value[name];
        if (c.Expected["curve_prob_true"] is not JsonArray probTrue)
        {
            Assert.NotNull(c.Weights);
            return;
        }

        var curve = new CalibrationCurve(numBins: c.NumBins).Update(c.Labels, c.Probabilities, c.Mask, c.Weights).Compute();
        Approx.Equal(probTrue.Select(ReferenceData.Number).ToArray(), curve.ProbTrue, Relative, Absolute, name + " prob_true");
        Approx.Equal(c.Expected["curve_prob_pred"]!.AsArray().Select(ReferenceData.Number).ToArray(), curve.ProbPred, Relative, Absolute, name + " prob_pred");
    }

    [Theory]
    [MemberData(nameof(MulticlassNames))]
    public void MulticlassBrierScoreMatchesTheDefinition(string name)
    {
        var c = Multiclass.Value[name];
        var metric = new BrierScore().Update(c.Labels, c.Rows(), c.Mask, c.Weights);
        Approx.Equal(c.Value("brier"), metric.Compute(), Relative, Absolute, name);
    }

    [Theory]
    [MemberData(nameof(MulticlassNames))]
    public void MulticlassCalibrationErrorMatchesTorchMetricsFormula(string name)
    {
        var c = Multiclass.Value[name];
        foreach (var (norm, key) in Norms)
        {
            var metric = new CalibrationError(numBins: c.NumBins, norm: norm).Update(c.Labels, c.Rows(), c.Mask, c.Weights);
            Approx.Equal(c.Value(key), metric.Compute(), Relative, Absolute, $"{name} {key}");
        }
    }

    [Fact]
    public void TorchMetricsDocumentedExamplesAreReproduced()
    {
        var binary = Examples.Value["BinaryCalibrationError"];
        var multiclass = Examples.Value["MulticlassCalibrationError"];
        foreach (var (norm, key) in Norms)
        {
            var b = new CalibrationError(numBins: binary.NumBins, norm: norm).Update(binary.Labels, binary.Probabilities);
            Approx.PrintedDigits(binary.Value(key).ToString("F4", System.Globalization.CultureInfo.InvariantCulture), b.Compute());
            var m = new CalibrationError(numBins: multiclass.NumBins, norm: norm).Update(multiclass.Labels, multiclass.Rows());
            Approx.PrintedDigits(multiclass.Value(key).ToString("F4", System.Globalization.CultureInfo.InvariantCulture), m.Compute());
        }
    }
}
