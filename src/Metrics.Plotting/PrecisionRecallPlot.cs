namespace Metrics.Plotting;

/// <summary>
/// Several precision-recall curves on one plot, each labelled with its average precision (the step rule of
/// scikit-learn's <c>average_precision_score</c>) and drawn as steps, as scikit-learn's <c>PrecisionRecallDisplay</c>.
/// Add curves, then call <see cref="ToPlot"/>.
/// </summary>
public sealed class PrecisionRecallPlot
{
    private readonly List<(string Name, PrecisionRecallCurvePoints Points, double AveragePrecision)> _curves = [];

    /// <summary>The plot's title; none by default.</summary>
    public string? Title { get; init; }

    /// <summary>The number of curves added so far.</summary>
    public int Count => _curves.Count;

    /// <summary>Adds the precision-recall curve of an average-precision metric, labelled with its value.</summary>
    /// <param name="name">The curve's name in the legend.</param>
    /// <param name="metric">The metric.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is empty, or the metric has seen no positive.</exception>
    public PrecisionRecallPlot Add(string name, in AveragePrecision metric) => Add(name, metric.PrecisionRecallCurve());

    /// <summary>
    /// Adds the precision-recall curve of an exact AUC metric, labelled with its average precision (not the metric's
    /// trapezoidal PR area, which is optimistic).
    /// </summary>
    /// <param name="name">The curve's name in the legend.</param>
    /// <param name="metric">The metric; its <see cref="ExactAuc.Curve"/> does not matter.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is empty, or the metric has seen no positive.</exception>
    public PrecisionRecallPlot Add(string name, in ExactAuc metric) => Add(name, metric.PrecisionRecallCurve());

    /// <summary>Adds a precision-recall curve from its points, labelled with the average precision they give.</summary>
    /// <param name="name">The curve's name in the legend.</param>
    /// <param name="points">The points, e.g. from <see cref="AveragePrecision.PrecisionRecallCurve"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is empty, or the points are not values in [0, 1].</exception>
    public PrecisionRecallPlot Add(string name, PrecisionRecallCurvePoints points)
    {
        CurveCheck.Name(name, nameof(name));
        ArgumentNullException.ThrowIfNull(points);
        CurveCheck.Rates("precision-recall", name, points.Recalls, "Recalls", points.Precisions, "Precisions", nameof(points));
        _curves.Add((name, points, StepAveragePrecision(points)));
        return this;
    }

    /// <summary>
    /// Σ (Rₖ − Rₖ₊₁)·Pₖ over the points in their order (increasing threshold, decreasing recall): scikit-learn's
    /// <c>-np.sum(np.diff(recall) * precision[:-1])</c>, equal to <see cref="AveragePrecision"/> over the same samples.
    /// </summary>
    internal static double StepAveragePrecision(PrecisionRecallCurvePoints points)
    {
        var sum = 0.0;
        for (var k = 0; k + 1 < points.Recalls.Length; k++)
        {
            sum += (points.Recalls[k] - points.Recalls[k + 1]) * points.Precisions[k];
        }

        return sum;
    }

    /// <summary>
    /// The corners of the step curve whose area is the average precision (matplotlib's <c>steps-post</c> over the
    /// points as scikit-learn draws them): each precision holds from its recall down to the next point's recall.
    /// </summary>
    private static (double[] Recalls, double[] Precisions) Steps(PrecisionRecallCurvePoints points)
    {
        var count = points.Recalls.Length;
        var recalls = new double[(2 * count) - 1];
        var precisions = new double[(2 * count) - 1];
        for (var k = 0; k < count; k++)
        {
            recalls[2 * k] = points.Recalls[k];
            precisions[2 * k] = points.Precisions[k];
            if (k + 1 < count)
            {
                recalls[(2 * k) + 1] = points.Recalls[k + 1];
                precisions[(2 * k) + 1] = points.Precisions[k];
            }
        }

        return (recalls, precisions);
    }

    /// <summary>The plot: recall against precision as steps, one line per curve, legend "name (AP = 0.000)".</summary>
    /// <returns>A ScottPlot plot, to save (<c>SavePng</c>, <c>SaveSvg</c>) or to style further.</returns>
    /// <exception cref="InvalidOperationException">No curve was added.</exception>
    public Plot ToPlot()
    {
        if (_curves.Count == 0)
        {
            throw new InvalidOperationException("A precision-recall plot needs at least one curve: call Add first.");
        }

        var plot = PlotStyle.New();
        foreach (var (name, points, averagePrecision) in _curves)
        {
            var (recalls, precisions) = Steps(points);
            PlotStyle.Curve(plot, recalls, precisions, $"{name} (AP = {PlotStyle.Format(averagePrecision)})");
        }

        PlotStyle.RateAxes(plot, "Recall", "Precision", Title, Alignment.LowerLeft);
        return plot;
    }
}
