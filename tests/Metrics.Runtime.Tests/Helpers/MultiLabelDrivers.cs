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
            (m, b, k, w) => m.Update(b.LabelRows, b.PredictionRows, k, w), m => Cells(m.Counts), m => [m.Compute(), .. m.PerLabel()],
            (b, rows, outOfRange) => b.Poison(rows, outOfRange ? double.NaN : null, double.NaN)),
        new DelegateDriver<MultiLabelFBetaScore>("MultiLabelFBetaScore (row maximum, micro)", () => new(Labels, average: AverageMode.Micro), () => new(Labels, average: AverageMode.Weighted), IndicatorRows,
            (m, b, k, w) => m.Update(b.LabelRows, b.PredictionRows, k, w), m => Cells(m.Counts), m => [m.Compute(), .. m.PerLabel()],
            (b, rows, outOfRange) => b.Poison(rows, outOfRange ? double.NaN : null, double.NaN)),
    ];

    private static double[] Cells(SumArray counts) => Enumerable.Range(0, Labels * 4).Select(i => counts[i]).ToArray();

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
