namespace Metrics.Plotting;

/// <summary>Precision, recall and F1 against the decision threshold, from the binned threshold metrics' confusion counts.</summary>
public static class ThresholdPlotExtensions
{
    /// <summary>
    /// Precision, recall and F1 at each threshold of the metric's grid (Keras's grid, its ±1e-7 endpoints included);
    /// 0/0 values (precision where nothing is predicted positive) are left out of their line.
    /// </summary>
    /// <param name="metric">The metric.</param>
    /// <returns>A ScottPlot plot, to save (<c>SavePng</c>, <c>SaveSvg</c>) or to style further.</returns>
    /// <exception cref="ArgumentException">The metric has seen no sample.</exception>
    public static Plot PlotThresholds(this in Auc metric)
    {
        var grid = metric.Grid;
        var thresholds = new double[grid.Count];
        var truePositives = new double[grid.Count];
        var falsePositives = new double[grid.Count];
        var (positives, negatives) = grid.Confusion(metric.Counts.Cells, truePositives, falsePositives);
        var counts = new ConfusionCounts[grid.Count];
        for (var i = 0; i < grid.Count; i++)
        {
            thresholds[i] = grid[i];
            counts[i] = new ConfusionCounts(truePositives[i], falsePositives[i], negatives - falsePositives[i], positives - truePositives[i]);
        }

        return ThresholdPlot(thresholds, counts, nameof(metric));
    }

    /// <summary>
    /// Precision, recall and F1 at each of the metric's thresholds (any of <see cref="PrecisionAtThresholds"/>,
    /// <see cref="RecallAtThresholds"/>, <see cref="TruePositives"/> and the other confusion-count metrics: they share
    /// one state); 0/0 values are left out of their line.
    /// </summary>
    /// <typeparam name="TMetric">The metric's type.</typeparam>
    /// <param name="metric">The metric.</param>
    /// <returns>A ScottPlot plot, to save (<c>SavePng</c>, <c>SaveSvg</c>) or to style further.</returns>
    /// <exception cref="ArgumentException">The metric has seen no sample.</exception>
    public static Plot PlotThresholds<TMetric>(this TMetric metric)
        where TMetric : IConfusionCountsMetric
    {
        ArgumentNullException.ThrowIfNull(metric);
        return ThresholdPlot(metric.Thresholds.AsSpan().ToArray(), metric.ConfusionCounts(), nameof(metric));
    }

    private static Plot ThresholdPlot(double[] thresholds, ConfusionCounts[] counts, string argument)
    {
        var order = new int[thresholds.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort((double[])thresholds.Clone(), order);
        if (counts.Length == 0 || Total(counts[0]) == 0)
        {
            throw new ArgumentException("The metric has seen no sample: there is nothing to plot against the threshold.", argument);
        }

        var plot = PlotStyle.New();
        var markers = thresholds.Length <= 25;
        AddSeries(plot, "Precision", thresholds, order, counts, c => c.Precision(), markers);
        AddSeries(plot, "Recall", thresholds, order, counts, c => c.Recall(), markers);
        AddSeries(plot, "F1", thresholds, order, counts, c => c.FBeta(), markers);
        plot.XLabel("Threshold (positive iff score > threshold)");
        plot.YLabel("Value");
        plot.Axes.SetLimits(Math.Min(0, thresholds[order[0]]) - 0.02, Math.Max(1, thresholds[order[^1]]) + 0.02, -0.02, 1.02);
        plot.ShowLegend(Alignment.LowerLeft);
        return plot;
    }

    private static double Total(ConfusionCounts c) => c.TruePositives + c.FalsePositives + c.TrueNegatives + c.FalseNegatives;

    private static void AddSeries(Plot plot, string name, double[] thresholds, int[] order, ConfusionCounts[] counts, Func<ConfusionCounts, double> value, bool markers)
    {
        var xs = new List<double>(order.Length);
        var ys = new List<double>(order.Length);
        foreach (var i in order)
        {
            var y = value(counts[i]);
            if (!double.IsNaN(y))
            {
                xs.Add(thresholds[i]);
                ys.Add(y);
            }
        }

        if (xs.Count == 0)
        {
            return;
        }

        var scatter = plot.Add.Scatter(xs.ToArray(), ys.ToArray());
        scatter.LineWidth = 2;
        scatter.MarkerSize = markers ? 6 : 0;
        scatter.LegendText = name;
    }
}
