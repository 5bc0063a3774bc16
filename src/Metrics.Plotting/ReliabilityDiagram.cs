namespace Metrics.Plotting;

/// <summary>
/// A reliability (calibration) diagram from per-bin statistics, as scikit-learn's <c>CalibrationDisplay</c>: the mean
/// predicted probability against the fraction of positives in each bin, the diagonal of perfect calibration, and the
/// number of samples per bin as bars on a right-hand axis.
/// </summary>
public static class ReliabilityDiagram
{
    /// <summary>The diagram of one model from a calibration curve's points (their counts are the histogram).</summary>
    /// <param name="points">The points, e.g. <see cref="CalibrationCurve.Compute"/> or <see cref="CalibrationError.ReliabilityCurve"/>.</param>
    /// <param name="name">The model's name in the legend.</param>
    /// <returns>A ScottPlot plot, to save (<c>SavePng</c>, <c>SaveSvg</c>) or to style further.</returns>
    /// <exception cref="ArgumentException">Every bin is empty.</exception>
    public static Plot Create(CalibrationCurvePoints points, string name = "Model")
    {
        ArgumentNullException.ThrowIfNull(points);
        return Create(points.ProbPred, points.ProbTrue, points.Counts, name);
    }

    /// <summary>The diagram of one model.</summary>
    /// <param name="meanPredicted">The mean predicted probability of each bin, in [0, 1] (NaN allowed for an empty bin).</param>
    /// <param name="fractionPositive">The fraction of positives in each bin, in [0, 1] (NaN allowed for an empty bin).</param>
    /// <param name="counts">The (weighted) number of samples in each bin, finite and ≥ 0; bins of count 0 are not drawn.</param>
    /// <param name="name">The model's name in the legend.</param>
    /// <returns>A ScottPlot plot, to save (<c>SavePng</c>, <c>SaveSvg</c>) or to style further.</returns>
    /// <exception cref="ArgumentException">The arrays differ in length, a value is out of range, or every bin is empty.</exception>
    public static Plot Create(double[] meanPredicted, double[] fractionPositive, double[] counts, string name = "Model")
    {
        ArgumentNullException.ThrowIfNull(meanPredicted);
        ArgumentNullException.ThrowIfNull(fractionPositive);
        ArgumentNullException.ThrowIfNull(counts);
        CurveCheck.Name(name, nameof(name));
        if (fractionPositive.Length != meanPredicted.Length || counts.Length != meanPredicted.Length)
        {
            throw new ArgumentException(
                $"The bins disagree: {meanPredicted.Length} mean predictions, {fractionPositive.Length} fractions of positives, {counts.Length} counts.",
                nameof(counts));
        }

        var xs = new List<double>();
        var ys = new List<double>();
        var bars = new List<Bar>();
        for (var i = 0; i < counts.Length; i++)
        {
            if (!(counts[i] >= 0) || double.IsInfinity(counts[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(counts), counts[i], $"counts[{i}] = {counts[i]} is not a finite count ≥ 0.");
            }

            if (counts[i] == 0)
            {
                continue;
            }

            Probability(meanPredicted, i, nameof(meanPredicted));
            Probability(fractionPositive, i, nameof(fractionPositive));
            xs.Add(meanPredicted[i]);
            ys.Add(fractionPositive[i]);
            bars.Add(new Bar { Position = meanPredicted[i], Value = counts[i] });
        }

        if (xs.Count == 0)
        {
            throw new ArgumentException("Every bin is empty (all counts are 0): there is nothing to plot.", nameof(counts));
        }

        var width = BarWidth(xs);
        var tallest = 0.0;
        foreach (var bar in bars)
        {
            bar.Size = width;
            tallest = Math.Max(tallest, bar.Value);
        }

        var plot = PlotStyle.New();
        var histogram = plot.Add.Bars(bars.ToArray());
        histogram.Color = Colors.Gray.WithAlpha(0.35);
        histogram.LegendText = "Samples per bin (right axis)";
        histogram.Axes.YAxis = plot.Axes.Right;
        PlotStyle.Diagonal(plot, "Perfectly calibrated");
        var curve = plot.Add.Scatter(xs.ToArray(), ys.ToArray());
        curve.LineWidth = 2;
        curve.MarkerSize = 8;
        curve.LegendText = name;
        plot.XLabel("Mean predicted probability");
        plot.YLabel("Fraction of positives");
        plot.Axes.Right.Label.Text = "Samples";
        plot.Axes.SetLimits(-0.02, 1.02, -0.02, 1.02);
        // The right axis's 0 sits on the left axis's 0, and the tallest bar reaches half way up, below the legend.
        var countScale = 2 * tallest;
        plot.Axes.SetLimitsY(-0.02 * countScale, 1.02 * countScale, plot.Axes.Right);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    // Bars as wide as 80 % of the closest gap between bins, so that neighbours never overlap.
    private static double BarWidth(List<double> positions)
    {
        var sorted = positions.ToArray();
        Array.Sort(sorted);
        var gap = 0.1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] > sorted[i - 1])
            {
                gap = Math.Min(gap, sorted[i] - sorted[i - 1]);
            }
        }

        return 0.8 * gap;
    }

    private static void Probability(double[] values, int i, string argument)
    {
        if (!(values[i] >= 0 && values[i] <= 1))
        {
            throw new ArgumentOutOfRangeException(argument, values[i], $"{argument}[{i}] = {values[i]} is outside [0, 1] in a bin that holds samples.");
        }
    }
}
