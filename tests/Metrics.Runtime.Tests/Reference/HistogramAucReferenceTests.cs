using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Every case of Reference/histogram_auc.json (make_reference_histogram_auc.py) at every bit count it lists:
/// <see cref="HistogramRocAuc"/> equals scikit-learn's <c>roc_auc_score</c> and <c>average_precision_score</c> on
/// the bins NumPy computed from the float bits, its <c>ErrorBound</c> equals NumPy's, and it lies within that bound
/// of scikit-learn's exact <c>roc_auc_score</c> and of <see cref="ExactAuc"/>.
/// </summary>
public sealed class HistogramAucReferenceTests
{
    private const double Tolerance = 1e-12;

    private sealed record HistogramCase(string Name, int[] Labels, double[] Scores, double[]? Weights, JsonObject Expected)
    {
        public double Value(string key) => ReferenceData.Number(Expected[key]);

        public double Value(int bits, string key) => ReferenceData.Number(Expected[$"bits_{bits}"]![key]);

        public HistogramRocAuc Metric(int bits) => new HistogramRocAuc(bits: bits).Update(Labels, Scores, weights: Weights);

        public override string ToString() => Name;
    }

    private static readonly Lazy<JsonObject> Root = new(() =>
        ReferenceJson.Root("histogram_auc.json"));

    private static readonly Lazy<IReadOnlyDictionary<string, HistogramCase>> Cases = new(() =>
        Root.Value["cases"]!.AsArray().Select(node =>
        {
            var c = node!.AsObject();
            return new HistogramCase(
                c["name"]!.GetValue<string>(),
                c["labels"]!.AsArray().Select(v => v!.GetValue<int>()).ToArray(),
                c["scores"]!.AsArray().Select(ReferenceData.Number).ToArray(),
                c["weights"] is JsonArray weights ? weights.Select(ReferenceData.Number).ToArray() : null,
                c["expected"]!.AsObject());
        }).ToDictionary(c => c.Name, StringComparer.Ordinal));

    private static int[] Bits => Root.Value["bits"]!.AsArray().Select(b => b!.GetValue<int>()).ToArray();

    public static TheoryData<string, int> CasesAndBits()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in Cases.Value.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var bits in Bits)
            {
                data.Add(name, bits);
            }
        }

        return data;
    }

    [Fact]
    public void TheReferenceHasRealWeightedAndCrowdedCases()
    {
        Assert.Contains("breast_cancer_probabilities", Cases.Value.Keys);
        Assert.Contains(Cases.Value.Values, c => c.Weights is not null);
        Assert.Contains(16, Bits);

        // Some case must actually lose something to the bins, or the bound is never exercised.
        Assert.Contains(Cases.Value.Values, c => Math.Abs(c.Value(16, "roc_auc") - c.Value("roc_auc")) > 1e-4);
    }

    [Theory]
    [MemberData(nameof(CasesAndBits))]
    public void ValueIsScikitLearnsAucOfTheBins(string name, int bits)
    {
        var c = Cases.Value[name];
        var metric = c.Metric(bits);
        Assert.Equal(c.Value(bits, "roc_auc"), metric.Compute(), Tolerance);
        Assert.Equal(c.Value(bits, "average_precision"), metric.AveragePrecision(), Tolerance);
        Assert.Equal(c.Value(bits, "error_bound"), metric.ErrorBound(), Tolerance);
    }

    [Theory]
    [MemberData(nameof(CasesAndBits))]
    public void ValueIsWithinItsBoundOfTheExactAuc(string name, int bits)
    {
        var c = Cases.Value[name];
        var metric = c.Metric(bits);
        var exact = new ExactAuc().Update(c.Labels, c.Scores, weights: c.Weights).Compute();
        Assert.Equal(c.Value("roc_auc"), exact, Tolerance);
        Assert.InRange(Math.Abs(metric.Compute() - exact), 0, metric.ErrorBound() + Tolerance);
        Assert.InRange(Math.Abs(metric.Compute() - c.Value("roc_auc")), 0, metric.ErrorBound() + Tolerance);
    }
}
