namespace Metrics.Plotting;

/// <summary>Reliability diagrams of the calibration metrics (TorchMetrics' <c>.plot()</c>).</summary>
public static class CalibrationPlotExtensions
{
    /// <summary>The reliability diagram of the metric's uniform bins, with the number of samples per bin.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="name">The model's name in the legend.</param>
    /// <returns>A ScottPlot plot, to save (<c>SavePng</c>, <c>SaveSvg</c>) or to style further.</returns>
    /// <exception cref="ArgumentException">The metric has seen nothing.</exception>
    public static Plot PlotReliability(this in CalibrationCurve metric, string name = "Model") =>
        ReliabilityDiagram.Create(metric.Compute(), name);

    /// <summary>
    /// The reliability diagram behind the calibration error: accuracy against mean confidence per bin (for binary
    /// input, the fraction of positives against the mean probability of class 1), with the number of samples per bin.
    /// </summary>
    /// <param name="metric">The metric.</param>
    /// <param name="name">The model's name in the legend.</param>
    /// <returns>A ScottPlot plot, to save (<c>SavePng</c>, <c>SaveSvg</c>) or to style further.</returns>
    /// <exception cref="ArgumentException">The metric has seen nothing.</exception>
    public static Plot PlotReliability(this in CalibrationError metric, string name = "Model") =>
        ReliabilityDiagram.Create(metric.ReliabilityCurve(), name);
}
