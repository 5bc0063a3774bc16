using System.Globalization;

namespace Metrics.Plotting;

/// <summary>The confusion matrix as an annotated heatmap, as scikit-learn's <c>ConfusionMatrixDisplay</c>.</summary>
public static class ConfusionMatrixPlotExtensions
{
    /// <summary>
    /// The matrix as a heatmap: true classes down the rows (the first at the top), predicted classes along the
    /// columns, each cell annotated with its count or fraction, with a colour bar. Empty rows or columns of a
    /// normalized matrix are 0/0 cells, drawn gray and annotated NaN.
    /// </summary>
    /// <param name="metric">The metric.</param>
    /// <param name="classNames">One name per class for the tick labels; the class indices when null.</param>
    /// <param name="normalize">The normalization to show; the metric's own <see cref="ConfusionMatrix.Normalize"/> when null.</param>
    /// <returns>A ScottPlot plot, to save (<c>SavePng</c>, <c>SaveSvg</c>) or to style further.</returns>
    /// <exception cref="ArgumentException">There are not as many class names as classes, or a name is null.</exception>
    public static Plot PlotConfusionMatrix(this in ConfusionMatrix metric, IReadOnlyList<string>? classNames = null, ConfusionNormalization? normalize = null)
    {
        var classes = metric.NumClasses;
        var names = ClassNames(classNames, classes);
        var shown = metric with { Normalize = normalize ?? metric.Normalize };
        var matrix = shown.Compute();

        var plot = PlotStyle.New();
        var heatmap = plot.Add.Heatmap(matrix);
        heatmap.Colormap = new ScottPlot.Colormaps.Reversed(new ScottPlot.Colormaps.Blues());
        heatmap.NaNCellColor = Colors.LightGray;
        // The heatmap draws row 0 at the top of its extent, as a confusion matrix is read.
        heatmap.Extent = new CoordinateRect(-0.5, classes - 0.5, -0.5, classes - 0.5);
        heatmap.RenderStrategy = new ScottPlot.Plottables.Heatmap.RenderStrategies.Rectangles();
        if (shown.Normalize != ConfusionNormalization.None)
        {
            heatmap.ManualRange = new ScottPlot.Range(0, 1);
        }

        var range = heatmap.ManualRange ?? heatmap.DataRange;
        for (var label = 0; label < classes; label++)
        {
            for (var prediction = 0; prediction < classes; prediction++)
            {
                var value = matrix[label, prediction];
                var text = plot.Add.Text(CellText(value, shown.Normalize), prediction, classes - 1 - label);
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontSize = 14;
                text.LabelFontColor = ReadableOn(heatmap.Colormap, range, value);
            }
        }

        var positions = new double[classes];
        var bottomUp = new string[classes];
        for (var i = 0; i < classes; i++)
        {
            positions[i] = i;
            bottomUp[i] = names[classes - 1 - i];
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, [.. names]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, bottomUp);
        plot.Add.ColorBar(heatmap);
        plot.XLabel("Predicted class");
        plot.YLabel("True class");
        plot.Title(Title(shown.Normalize));
        plot.HideGrid();
        plot.Axes.SetLimits(-0.5, classes - 0.5, -0.5, classes - 0.5);
        plot.Axes.SquareUnits();
        return plot;
    }

    private static string[] ClassNames(IReadOnlyList<string>? classNames, int classes)
    {
        var names = new string[classes];
        if (classNames is null)
        {
            for (var i = 0; i < classes; i++)
            {
                names[i] = i.ToString(CultureInfo.InvariantCulture);
            }

            return names;
        }

        if (classNames.Count != classes)
        {
            throw new ArgumentException(
                $"{classNames.Count} class names were given for a confusion matrix of {classes} classes.", nameof(classNames));
        }

        for (var i = 0; i < classes; i++)
        {
            names[i] = classNames[i] ?? throw new ArgumentException($"classNames[{i}] is null.", nameof(classNames));
        }

        return names;
    }

    private static string CellText(double value, ConfusionNormalization normalization) =>
        double.IsNaN(value) ? "NaN"
        : normalization == ConfusionNormalization.None ? value.ToString("G6", CultureInfo.InvariantCulture)
        : value.ToString("0.00", CultureInfo.InvariantCulture);

    private static Color ReadableOn(IColormap colormap, ScottPlot.Range range, double value)
    {
        if (double.IsNaN(value))
        {
            return Colors.Black;
        }

        var fraction = range.Max > range.Min ? (value - range.Min) / (range.Max - range.Min) : 0;
        var cell = colormap.GetColor(Math.Clamp(fraction, 0, 1));
        var luminance = (0.299 * cell.R) + (0.587 * cell.G) + (0.114 * cell.B);
        return luminance < 128 ? Colors.White : Colors.Black;
    }

    private static string Title(ConfusionNormalization normalization) => normalization switch
    {
        ConfusionNormalization.True => "Confusion matrix (rows sum to 1)",
        ConfusionNormalization.Pred => "Confusion matrix (columns sum to 1)",
        ConfusionNormalization.All => "Confusion matrix (cells sum to 1)",
        _ => "Confusion matrix",
    };
}
