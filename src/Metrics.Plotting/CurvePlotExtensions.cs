using System;
using ScottPlot;

namespace Metrics.Plotting;

/// <summary>One-curve plots of the exact curve metrics (TorchMetrics' <c>.plot()</c>); for several curves use <see cref="RocPlot"/> or <see cref="PrecisionRecallPlot"/>.</summary>
public static class CurvePlotExtensions
{
    /// <summary>The ROC curve of the metric, labelled with its AUC, and the chance diagonal.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="name">The curve's name in the legend.</param>
    /// <returns>A ScottPlot plot, to save (<c>SavePng</c>, <c>SaveSvg</c>) or to style further.</returns>
    /// <exception cref="ArgumentException">The metric has not seen both classes.</exception>
    public static Plot PlotRoc(this in ExactAuc metric, string name = "ROC") => new RocPlot().Add(name, metric).ToPlot();

    /// <summary>The precision-recall curve of the metric, labelled with its average precision.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="name">The curve's name in the legend.</param>
    /// <returns>A ScottPlot plot, to save (<c>SavePng</c>, <c>SaveSvg</c>) or to style further.</returns>
    /// <exception cref="ArgumentException">The metric has seen no positive.</exception>
    public static Plot PlotPrecisionRecall(this in ExactAuc metric, string name = "Precision-recall") =>
        new PrecisionRecallPlot().Add(name, metric).ToPlot();

    /// <summary>The precision-recall curve of the metric, labelled with its average precision.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="name">The curve's name in the legend.</param>
    /// <returns>A ScottPlot plot, to save (<c>SavePng</c>, <c>SaveSvg</c>) or to style further.</returns>
    /// <exception cref="ArgumentException">The metric has seen no positive.</exception>
    public static Plot PlotPrecisionRecall(this in AveragePrecision metric, string name = "Precision-recall") =>
        new PrecisionRecallPlot().Add(name, metric).ToPlot();
}
