using System;
using System.Collections.Generic;
using System.Linq;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>
/// Property-test drivers of the classification parity metrics and parameters of issue 18 (see <see cref="MetricDrivers"/>):
/// all-classes averaging, binary F-beta, log loss, one-vs-rest average precision, the row Lp error.
/// </summary>
internal static class ClassificationParityDrivers
{
    private const int Classes = 4;

    public static readonly IReadOnlyList<IMetricDriver> All =
    [
        new DelegateDriver<MulticlassPrecision>("MulticlassPrecision (all classes)", () => new(Classes + 2, allClasses: true, zeroDivision: ZeroDivision.One), () => new(Classes + 2), ClassPairs,
            (m, b, k, w) => m.Update(b.IntLabels, b.IntPredictions, k, w), m => Cells(m.Confusion.Counts, (Classes + 2) * (Classes + 2)), m => [m.Compute(), .. m.PerClass()],
            (b, rows, outOfRange) => outOfRange ? b.Poison(rows, -2, Classes + 9) : b),
        new DelegateDriver<BinaryFBetaScore>("BinaryFBetaScore", () => new(beta: 2, threshold: 0.5), () => new(beta: 2), Binary,
            (m, b, k, w) => m.Update(b.IntLabels, b.Predictions, k, w), m => [m.Counts.TruePositives, m.Counts.FalsePositives, m.Counts.TrueNegatives, m.Counts.FalseNegatives], m => [m.Compute()],
            (b, rows, outOfRange) => b.Poison(rows, outOfRange ? 7 : null, double.NaN)),
        new DelegateDriver<LogLoss>("LogLoss (binary)", () => new(epsilon: 1e-3), () => new(normalize: false), Binary,
            (m, b, k, w) => m.Update(b.IntLabels, b.Predictions, k, w), m => [m.Count], m => [m.Total, m.Compute()],
            (b, rows, outOfRange) => b.Poison(rows, outOfRange ? 7 : null, double.NaN)),
        new DelegateDriver<LogLoss>("LogLoss (rows)", () => new(numClasses: Classes), () => new(numClasses: Classes, epsilon: 0.01), ProbabilityRows,
            (m, b, k, w) => m.Update(b.IntLabels, b.PredictionRows, k, w), m => [m.Count], m => [m.Total, m.Compute()],
            (b, rows, outOfRange) => b.Poison(rows, outOfRange ? -1 : null, double.NaN)),
        new DelegateDriver<OneVsRestAveragePrecision>("OneVsRestAveragePrecision", () => new(zeroDivision: ZeroDivision.Zero), () => new(average: MultiLabelAverage.Weighted), ScoreRows,
            (m, b, k, w) => m.Update(b.IntLabels, b.PredictionRows, k, w), m => [m.Samples.Count == 0 ? 0 : m.Samples.Width], m => [m.Compute(), .. m.PerClass()],
            (b, rows, outOfRange) => b.Poison(rows, outOfRange ? -1 : null, double.NaN)),
        new DelegateDriver<RowLpError>("RowLpError", () => new(p: 3), () => new(p: 3, norm: false), PositionRows,
            (m, b, k, w) => m.Update(b.LabelRows, b.PredictionRows, k, w), m => [m.Count], m => [m.Total, m.Compute()]),
    ];

    private static double[] Cells(SumArray counts, int length) => Enumerable.Range(0, length).Select(i => counts[i]).ToArray();

    private static Batch ClassPairs(Random rng, int n)
    {
        var labels = rng.Integers(n, 0, Classes);
        return new Batch(n, 1, 1, labels, labels.Select(l => rng.NextDouble() < 0.6 ? l : rng.Next(0, Classes + 1)).ToArray());
    }

    /// <summary>0/1 labels with probabilities on a 0.1 grid in [0, 1] (0 and 1 included: clipped).</summary>
    private static Batch Binary(Random rng, int n)
    {
        var labels = rng.Integers(n, 0, 2);
        return new Batch(n, 1, 1, labels, labels.Select(l => Math.Round(Math.Clamp((l * 0.3) + (rng.NextDouble() * 0.7), 0, 1), 1)).ToArray());
    }

    private static Batch ProbabilityRows(Random rng, int n) =>
        new(n, 1, Classes, rng.Integers(n, 0, Classes), rng.Uniforms(n * Classes, 0, 1).Select(p => Math.Round(p, 1)).ToArray());

    private static Batch ScoreRows(Random rng, int n)
    {
        var labels = rng.Integers(n, 0, Classes);
        var scores = new double[n * Classes];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = Math.Round(rng.NextDouble() + ((i % Classes) == (int)labels[i / Classes] ? 0.4 : 0), 1);
        }

        return new Batch(n, 1, Classes, labels, scores);
    }

    private static Batch PositionRows(Random rng, int n)
    {
        var targets = rng.Uniforms(n * 3, -5, 5);
        return new Batch(n, 3, 3, targets, targets.Select(t => t + rng.Normal()).ToArray());
    }
}
