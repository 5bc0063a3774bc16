using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace Metrics.Runtime.Tests;

/// <summary>
/// Values that do not depend on the scale of the weights (every weighted metric) or of the data (correlations, R²,
/// explained variance, ranking AUC) keep their value, to rounding, when weights and data are multiplied by 2^k for
/// k from −300 to 300 (docs/numeric-range.md). Powers of two scale exactly, so any change beyond rounding is the
/// metric's arithmetic leaving the double range.
/// </summary>
public sealed class ScaleInvarianceTests
{
    private const double Relative = 1e-12;
    private const int N = 64;

    private static readonly Random Rng = new(150);
    private static readonly double[] Labels = Enumerable.Range(0, N).Select(_ => Rng.NextDouble() * 4).ToArray();
    private static readonly double[] Predictions = Labels.Select(x => (1.5 * x) + Rng.NextDouble()).ToArray();
    private static readonly int[] Classes = Enumerable.Range(0, N).Select(_ => Rng.Next(3)).ToArray();
    private static readonly int[] PredictedClasses = Classes.Select(c => Rng.NextDouble() < 0.6 ? c : Rng.Next(3)).ToArray();
    private static readonly int[] Binary = Enumerable.Range(0, N).Select(_ => Rng.Next(2)).ToArray();
    private static readonly double[] Scores = Binary.Select(b => Math.Clamp((0.3 * b) + (0.7 * Rng.NextDouble()), 0, 1)).ToArray();
    private static readonly double[] Weights = Enumerable.Range(0, N).Select(_ => 0.25 + Rng.NextDouble()).ToArray();

    /// <summary>A metric's value as a function of the data scale and the weight scale.</summary>
    private sealed record Case(string Name, bool DataInvariant, Func<double, double, double> Value);

    private static double[] Scaled(double[] values, double scale) => values.Select(v => v * scale).ToArray();

    private static readonly Case[] Cases =
    [
        new("PearsonCorrelation", true, (s, w) => new PearsonCorrelation().Update(Scaled(Labels, s), Scaled(Predictions, s), null, Scaled(Weights, w)).Compute()),
        new("ConcordanceCorrelation", true, (s, w) => new ConcordanceCorrelation().Update(Scaled(Labels, s), Scaled(Predictions, s), null, Scaled(Weights, w)).Compute()),
        new("R2Score", true, (s, w) => new R2Score().Update(Scaled(Labels, s), Scaled(Predictions, s), null, Scaled(Weights, w)).Compute()),
        new("ExplainedVariance", true, (s, w) => new ExplainedVariance().Update(Scaled(Labels, s), Scaled(Predictions, s), null, Scaled(Weights, w)).Compute()),
        new("Welford mean / scale", true, (s, w) => new Welford().Update(Scaled(Labels, s), null, Scaled(Weights, w)).Compute().Mean / s),
        new("Welford sd / scale", true, (s, w) => new Welford().Update(Scaled(Labels, s), null, Scaled(Weights, w)).Compute().StandardDeviation / s),
        new("ExactAuc ROC", true, (s, w) => new ExactAuc().Update(Binary, Scaled(Scores, s), null, Scaled(Weights, w)).Compute()),
        new("ExactAuc PR", true, (s, w) => new ExactAuc(AucCurve.PrecisionRecall).Update(Binary, Scaled(Scores, s), null, Scaled(Weights, w)).Compute()),
        new("AveragePrecision", true, (s, w) => new AveragePrecision().Update(Binary, Scaled(Scores, s), null, Scaled(Weights, w)).Compute()),
        new("MeanAbsolutePercentageError", false, (_, w) => new MeanAbsolutePercentageError().Update(Labels, Predictions, null, Scaled(Weights, w)).Compute()),
        new("MeanSquaredError", false, (_, w) => new MeanSquaredError().Update(Labels, Predictions, null, Scaled(Weights, w)).Compute()),
        new("MatthewsCorrelation", false, (_, w) => new MatthewsCorrelation(3).Update(Classes, PredictedClasses, null, Scaled(Weights, w)).Compute()),
        new("CohenKappa", false, (_, w) => new CohenKappa(3).Update(Classes, PredictedClasses, null, Scaled(Weights, w)).Compute()),
        new("CohenKappa quadratic", false, (_, w) => new CohenKappa(3, KappaWeighting.Quadratic).Update(Classes, PredictedClasses, null, Scaled(Weights, w)).Compute()),
        new("BalancedAccuracy", false, (_, w) => new BalancedAccuracy(3).Update(Classes, PredictedClasses, null, Scaled(Weights, w)).Compute()),
        new("Auc (binned)", false, (_, w) => new Auc().Update(Binary, Scores, null, Scaled(Weights, w)).Compute()),
        new("Accuracy", false, (_, w) => new Accuracy(0.5).Update(Binary, Scores, null, Scaled(Weights, w)).Compute()),
        new("Precision", false, (_, w) => new Precision(0.5).Update(Binary, Scores, null, Scaled(Weights, w)).Compute()),
        new("Recall", false, (_, w) => new Recall(0.5).Update(Binary, Scores, null, Scaled(Weights, w)).Compute()),
        new("F1Score", false, (_, w) => new F1Score(0.5).Update(Binary, Scores, null, Scaled(Weights, w)).Compute()),
    ];

    public static TheoryData<string> Names() => new(Cases.Select(c => c.Name));

    // The issue asks for k in [−150, 150]; products of two totals (MCC, kappa, ROC AUC, Pearson) first leave the range
    // past 2^±256, so the walk goes to ±300, where every second moment here still lies in [2^-969, 2^1023].
    private static IEnumerable<int> Exponents() => Enumerable.Range(-30, 61).Select(i => i * 10);

    [Theory]
    [MemberData(nameof(Names))]
    public void ValueMovesByRoundingOnlyWhenWeightsAndDataScaleBy2ToTheK(string name)
    {
        var metric = Cases.Single(c => c.Name == name);
        var expected = metric.Value(1, 1);
        Assert.True(double.IsFinite(expected), $"{name} at scale 1: {expected}");
        foreach (var k in Exponents())
        {
            var scale = Math.ScaleB(1.0, k);
            AssertClose(expected, metric.Value(1, scale), $"{name}, weights × 2^{k}");
            if (metric.DataInvariant)
            {
                AssertClose(expected, metric.Value(scale, 1), $"{name}, data × 2^{k}");
                AssertClose(expected, metric.Value(scale, scale), $"{name}, data and weights × 2^{k}");
                AssertClose(expected, metric.Value(scale, 1 / scale), $"{name}, data × 2^{k}, weights × 2^{-k}");
            }
        }
    }

    private static void AssertClose(double expected, double actual, string context) =>
        Assert.True(Math.Abs(actual - expected) <= Relative * Math.Abs(expected), $"{context}: {actual}, expected {expected}");
}
