namespace Metrics.Plotting;

/// <summary>
/// Several ROC curves on one plot (models, or classes one-vs-rest), each labelled with its AUC, with the chance
/// diagonal; as scikit-learn's <c>RocCurveDisplay</c>. Add curves, then call <see cref="ToPlot"/>.
/// </summary>
public sealed class RocPlot
{
    private readonly List<(string Name, RocCurvePoints Points, double Auc)> _curves = [];

    /// <summary>The plot's title; none by default.</summary>
    public string? Title { get; init; }

    /// <summary>The number of curves added so far.</summary>
    public int Count => _curves.Count;

    /// <summary>Adds the ROC curve of an exact AUC metric, labelled with its area.</summary>
    /// <param name="name">The curve's name in the legend.</param>
    /// <param name="metric">The metric; its <see cref="ExactAuc.Curve"/> does not matter, the ROC area is shown.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is empty, or the metric has not seen both classes.</exception>
    public RocPlot Add(string name, in ExactAuc metric)
    {
        var roc = metric with { Curve = AucCurve.Roc };
        return Add(name, roc.RocCurve(), roc.Compute());
    }

    /// <summary>Adds a ROC curve from its points, labelled with the given area.</summary>
    /// <param name="name">The curve's name in the legend.</param>
    /// <param name="points">The points, e.g. from <see cref="ExactAuc.RocCurve"/>.</param>
    /// <param name="auc">The area under the curve, shown in the legend.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is empty, the points are not rates in [0, 1], or the area is outside [0, 1].</exception>
    public RocPlot Add(string name, RocCurvePoints points, double auc)
    {
        CurveCheck.Name(name, nameof(name));
        ArgumentNullException.ThrowIfNull(points);
        CurveCheck.Rates("ROC", name, points.FalsePositiveRates, "FalsePositiveRates", points.TruePositiveRates, "TruePositiveRates", nameof(points));
        if (!(auc >= 0 && auc <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(auc), auc, $"The AUC of ROC curve '{name}' must lie in [0, 1].");
        }

        _curves.Add((name, points, auc));
        return this;
    }

    /// <summary>The plot: false-positive rate against true-positive rate, one line per curve, legend "name (AUC = 0.000)".</summary>
    /// <returns>A ScottPlot plot, to save (<c>SavePng</c>, <c>SaveSvg</c>) or to style further.</returns>
    /// <exception cref="InvalidOperationException">No curve was added.</exception>
    public Plot ToPlot()
    {
        if (_curves.Count == 0)
        {
            throw new InvalidOperationException("A ROC plot needs at least one curve: call Add first.");
        }

        var plot = PlotStyle.New();
        foreach (var (name, points, auc) in _curves)
        {
            PlotStyle.Curve(plot, points.FalsePositiveRates, points.TruePositiveRates, $"{name} (AUC = {PlotStyle.Format(auc)})");
        }

        PlotStyle.Diagonal(plot, "Chance (AUC = 0.500)");
        PlotStyle.RateAxes(plot, "False positive rate", "True positive rate", Title, Alignment.LowerRight);
        return plot;
    }
}
