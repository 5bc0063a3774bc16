using System;
using System.Collections.Generic;
using System.Linq;

namespace Metrics.Runtime.Tests.Helpers;

/// <summary>Property-test drivers for the multi-label metrics (see <see cref="MetricDrivers"/>).</summary>
internal static class MultiLabelDrivers
{
    private const int Labels = 4;

    public static readonly IReadOnlyList<IMetricDriver> All =
    [
        new DelegateDriver<MultiLabelFBetaScore>("MultiLabelFBetaScore", () => new(Labels, beta: 2, threshold: 0.5), () => new(Labels), IndicatorRows,
            (m, b, k, w) => m.Update(b.LabelRows, b.PredictionRows, k, w), m => ExactCells(m.Counts), m => [m.Compute(), .. m.PerLabel(), .. RowSums(m.Counts)],
            PoisonIndicators),
        new DelegateDriver<MultiLabelFBetaScore>("MultiLabelFBetaScore (row maximum, micro)", () => new(Labels, average: LabelAverage.Micro), () => new(Labels, average: LabelAverage.Weighted), IndicatorRows,
            (m, b, k, w) => m.Update(b.LabelRows, b.PredictionRows, k, w), m => ExactCells(m.Counts), m => [m.Compute(), .. m.PerLabel()],
            PoisonIndicators),
        new DelegateDriver<MultiLabelPrecision>("MultiLabelPrecision (samples)", () => new(Labels, average: LabelAverage.Samples, zeroDivision: ZeroDivision.One), () => new(Labels), IndicatorRows,
            (m, b, k, w) => m.Update(b.LabelRows, b.PredictionRows, k, w), m => ExactCells(m.Counts), m => [m.Compute(), .. m.PerLabel(), .. RowSums(m.Counts)],
            PoisonIndicators),
        new DelegateDriver<MultiLabelRecall>("MultiLabelRecall (all labels)", () => new(Labels, allLabels: true, zeroDivision: ZeroDivision.Zero), () => new(Labels, threshold: 0.3), IndicatorRows,
            (m, b, k, w) => m.Update(b.LabelRows, b.PredictionRows, k, w), m => ExactCells(m.Counts), m => [m.Compute(), .. m.PerLabel()],
            PoisonIndicators),
        new DelegateDriver<MultiLabelJaccard>("MultiLabelJaccard (samples)", () => new(Labels, average: LabelAverage.Samples), () => new(Labels, average: LabelAverage.Micro), IndicatorRows,
            (m, b, k, w) => m.Update(b.LabelRows, b.PredictionRows, k, w), m => ExactCells(m.Counts), m => [m.Compute(), .. m.PerLabel()],
            PoisonIndicators),
        new DelegateDriver<MultiLabelExactMatch>("MultiLabelExactMatch", () => new(Labels), () => new(Labels, threshold: 0.7), IndicatorRows,
            (m, b, k, w) => m.Update(b.LabelRows, b.PredictionRows, k, w), m => [.. ExactCells(m.Counts), m.Compute()], _ => [],
            PoisonIndicators),
        new DelegateDriver<HammingLoss>("HammingLoss", () => new(Labels), () => new(Labels, threshold: 0.2), IndicatorRows,
            (m, b, k, w) => m.Update(b.LabelRows, b.PredictionRows, k, w), m => [.. ExactCells(m.Counts), m.Compute()], _ => [],
            PoisonIndicators),
        new DelegateDriver<LabelRankingAveragePrecision>("LabelRankingAveragePrecision", () => new(), null, IndicatorRows,
            (m, b, k, w) => m.Update(IntRows(b.LabelRows), b.PredictionRows, k, w), m => [m.Count, m.Coverage], m => [m.AveragePrecision, m.Loss, m.Compute()],
            PoisonIntIndicators),
        new DelegateDriver<CoverageError>("CoverageError", () => new(), null, IndicatorRows,
            (m, b, k, w) => m.Update(IntRows(b.LabelRows), b.PredictionRows, k, w), m => [m.Ranking.Count, m.Ranking.Coverage, m.Compute()], _ => [],
            PoisonIntIndicators),
        new DelegateDriver<LabelRankingLoss>("LabelRankingLoss", () => new(), null, IndicatorRows,
            (m, b, k, w) => m.Update(IntRows(b.LabelRows), b.PredictionRows, k, w), m => [m.Ranking.Count], m => [m.Ranking.Loss, m.Compute()],
            PoisonIntIndicators),
        new DelegateDriver<MultiLabelAveragePrecision>("MultiLabelAveragePrecision", () => new(zeroDivision: ZeroDivision.Zero), () => new(average: MultiLabelAverage.Micro), IndicatorRows,
            (m, b, k, w) => m.Update(IntRows(b.LabelRows), b.PredictionRows, k, w), m => [m.Samples.Count == 0 ? 0 : m.Samples.Width], m => [m.Compute(), .. m.PerLabel()],
            PoisonIntIndicators),
    ];

    // The per-label counts, the row count and the exact rows: indicator sums, exact with dyadic weights.
    private static double[] ExactCells(MultiLabelCounts m) => Enumerable.Range(0, (Labels * 4) + 2).Select(i => m.Counts[i]).ToArray();

    // The sums of the row scores (real ratios).
    private static double[] RowSums(MultiLabelCounts m) => Enumerable.Range((Labels * 4) + 2, 12).Select(i => m.Counts[i]).ToArray();

    private static Batch PoisonIndicators(Batch b, bool[] rows, bool outOfRange) => b.Poison(rows, outOfRange ? double.NaN : null, double.NaN);

    private static Batch PoisonIntIndicators(Batch b, bool[] rows, bool outOfRange) => b.Poison(rows, outOfRange ? 4 : null, double.NaN);

    private static int[,] IntRows(double[,] rows)
    {
        var result = new int[rows.GetLength(0), rows.GetLength(1)];
        for (var i = 0; i < rows.GetLength(0); i++)
        {
            for (var j = 0; j < rows.GetLength(1); j++)
            {
                result[i, j] = (int)rows[i, j];
            }
        }

        return result;
    }

    /// <summary>Multi-hot label rows and scores on a 0.1 grid (ties within a row and with the threshold happen).</summary>
    private static Batch IndicatorRows(Random rng, int n)
    {
        var labels = new double[n * Labels];
        var scores = new double[n * Labels];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = rng.NextDouble() < 0.4 ? 1 : 0;
            scores[i] = Math.Round(Math.Clamp((labels[i] * 0.3) + (rng.NextDouble() * 0.7), 0, 1), 1);
        }

        return new Batch(n, Labels, Labels, labels, scores);
    }
}
