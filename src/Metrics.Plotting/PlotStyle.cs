using System.Globalization;
using ScottPlot;

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

    /// <summary>Both axes span [0, 1] (with a margin) and a unit is as long on one as on the other.</summary>
    public static void UnitSquare(Plot plot)
    {
        plot.Axes.SetLimits(-UnitMargin, 1 + UnitMargin, -UnitMargin, 1 + UnitMargin);
        plot.Axes.SquareUnits();
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
