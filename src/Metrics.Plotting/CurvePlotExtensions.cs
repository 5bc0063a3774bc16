using System.Globalization;

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

    /// <summary>
    /// Every class's one-vs-rest ROC curve on one plot, each labelled with its AUC (scikit-learn's per-class
    /// <c>RocCurveDisplay</c>); classes that have not been seen both as positive and negative are left out.
    /// </summary>
    /// <param name="metric">The metric.</param>
    /// <param name="classNames">The classes' names in the legend (one per score column); by default "class 0", "class 1", ….</param>
    /// <returns>A ScottPlot plot, to save (<c>SavePng</c>, <c>SaveSvg</c>) or to style further.</returns>
    /// <exception cref="ArgumentException">The names are not one per class, or no class has both positives and negatives.</exception>
    public static Plot PlotRoc(this in OneVsRestAuc metric, IReadOnlyList<string>? classNames = null)
    {
        var exact = metric with { ZeroDivision = ZeroDivision.NaN };
        var curves = exact.RocCurves();
        var areas = exact.PerClass();
        if (classNames is not null && classNames.Count != curves.Length)
        {
            throw new ArgumentException($"{classNames.Count} class names were given for {curves.Length} classes.", nameof(classNames));
        }

        var plot = new RocPlot();
        for (var c = 0; c < curves.Length; c++)
        {
            if (!double.IsNaN(areas[c]))
            {
                plot.Add(classNames?[c] ?? "class " + c.ToString(CultureInfo.InvariantCulture), curves[c], areas[c]);
            }
        }

        if (plot.Count == 0)
        {
            throw new ArgumentException("No class has been seen both as positive and as negative: there is no ROC curve to draw.", nameof(metric));
        }

        return plot.ToPlot();
    }

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
