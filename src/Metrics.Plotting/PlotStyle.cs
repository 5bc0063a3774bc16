using System.Globalization;

namespace Metrics.Plotting;

/// <summary>The look shared by every plot of this package: unit axes for rates, the chance diagonal, number formats.</summary>
internal static class PlotStyle
{
    /// <summary>A small margin around [0, 1] so that curves on the axes stay visible.</summary>
    private const double UnitMargin = 0.02;

    /// <summary>An empty plot in the platform's sans-serif font (ScottPlot's default resolves to a serif one on Linux).</summary>
    public static Plot New()
    {
        var plot = new Plot();
        plot.Font.Set(Fonts.Sans);
        return plot;
    }

    public static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>
    /// Finishes a plot of rates: axis labels, the title when there is one, both axes over [0, 1] (with a margin) with a
    /// unit as long on one as on the other, and the legend where the curves leave room for it.
    /// </summary>
    public static void RateAxes(Plot plot, string xLabel, string yLabel, string? title, Alignment legend)
    {
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        if (title is not null)
        {
            plot.Title(title);
        }

        plot.Axes.SetLimits(-UnitMargin, 1 + UnitMargin, -UnitMargin, 1 + UnitMargin);
        plot.Axes.SquareUnits();
        plot.ShowLegend(legend);
    }

    /// <summary>The dashed gray line y = x: chance on a ROC plot, perfect calibration on a reliability diagram.</summary>
    public static void Diagonal(Plot plot, string? legendText)
    {
        var line = plot.Add.Line(0, 0, 1, 1);
        line.LineColor = Colors.Gray;
        line.LinePattern = LinePattern.Dashed;
        line.LineWidth = 1;
        if (legendText is not null)
        {
            line.LegendText = legendText;
        }
    }

    /// <summary>A line through the points, without markers, in the next palette colour.</summary>
    public static void Curve(Plot plot, double[] xs, double[] ys, string legendText)
    {
        var scatter = plot.Add.ScatterLine(xs, ys);
        scatter.LineWidth = 2;
        scatter.LegendText = legendText;
    }
}
