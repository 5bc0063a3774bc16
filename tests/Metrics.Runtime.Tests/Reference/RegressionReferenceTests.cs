using System;
using System.Linq;
using System.Text.Json.Nodes;
using Metrics.Runtime.Tests.Helpers;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// The regression, ranking and dot-product ranking metrics against scikit-learn, SciPy and NumPy
/// (<c>Reference/make_reference_regression.py</c> → <c>Reference/regression.json</c>): masks, weights, constant
/// targets, queries without relevant items, k larger than the row, ties, padding queries and 12,000-element batches.
/// </summary>
public sealed class RegressionReferenceTests
{
    private const double Relative = 1e-9;
    private const double Absolute = 1e-12;

    public static TheoryData<string> CaseNames(string shape) =>
        new(RegressionReference.Cases.Values.Where(c => c.Shape == shape).Select(c => c.Name));

    [Fact]
    public void EveryMetricOfTheAreaHasReferenceCases()
    {
        string[] metrics =
        [
            "MeanAbsolutePercentageError", "Huber", "LogCoshError", "CosineSimilarity", "PearsonCorrelation",
            "ConcordanceCorrelation", "RowPearsonCorrelation", "RowConcordanceCorrelation", "R2Score", "ExplainedVariance",
            "PrecisionAtK", "RecallAtK", "MeanReciprocalRank", "MeanAveragePrecision", "NDCG", "DCG",
            "DotProductPrecisionAtK", "DotProductRecallAtK", "DotProductMeanReciprocalRank",
            "DotProductMeanAveragePrecision", "DotProductNDCG",
        ];
        var covered = RegressionReference.Cases.Values.Select(c => c.Metric).ToHashSet();
        Assert.All(metrics, m => Assert.Contains(m, covered));
    }

    [Theory]
    [MemberData(nameof(CaseNames), "pair")]
    public void Pairs(string name)
    {
        var c = RegressionReference.Get(name);
        var actual = RegressionEvaluator.Pairs(c);
        Approx.Equal(ReferenceData.Number(c.Expected), actual, Relative, Absolute, name);
    }

    [Theory]
    [MemberData(nameof(CaseNames), "pair")]
    public void PairsInFloat32BatchesAgreeWithDoubleOnFloatData(string name)
    {
        // Float batches are widened exactly, so the same float data through float and double overloads is identical.
        var c = RegressionReference.Get(name);
        var floats = c with
        {
            Labels = c.Labels.Select(x => (double)(float)x).ToArray(),
            Predictions = c.Predictions!.Select(x => (double)(float)x).ToArray(),
            Weights = c.Weights?.Select(x => (double)(float)x).ToArray(),
        };
        Assert.Equal(RegressionEvaluator.Pairs(floats), RegressionEvaluator.Pairs(floats, useFloat: true));
    }

    [Theory]
    [MemberData(nameof(CaseNames), "rowpair")]
    public void RowPairs(string name)
    {
        var c = RegressionReference.Get(name);
        Approx.Equal(ReferenceData.Number(c.Expected), RegressionEvaluator.RowPairs(c), Relative, Absolute, name);
    }

    [Theory]
    [MemberData(nameof(CaseNames), "outputs")]
    public void Outputs(string name)
    {
        var c = RegressionReference.Get(name);
        var (raw, uniform, varianceWeighted) = RegressionEvaluator.Outputs(c);
        var expected = c.Expected.AsObject();
        Approx.Equal(expected["raw"]!.AsArray().Select(ReferenceData.Number).ToArray(), raw, Relative, Absolute, name + " raw");
        Approx.Equal(ReferenceData.Number(expected["uniform"]), uniform, Relative, Absolute, name + " uniform");
        Approx.Equal(ReferenceData.Number(expected["variance_weighted"]), varianceWeighted, Relative, Absolute, name + " variance weighted");
    }

    [Theory]
    [MemberData(nameof(CaseNames), "outputs")]
    public void OutputsFromStridedTensorColumnsEqualColumnArrays(string name)
    {
        var c = RegressionReference.Get(name);
        Assert.Equal(RegressionEvaluator.Outputs(c).Raw, RegressionEvaluator.OutputsFromTensorColumns(c));
    }

    [Theory]
    [MemberData(nameof(CaseNames), "dot")]
    public void DotProducts(string name)
    {
        var c = RegressionReference.Get(name);
        Approx.Equal(ReferenceData.Number(c.Expected), RegressionEvaluator.DotProducts(c), Relative, Absolute, name);
    }
}
