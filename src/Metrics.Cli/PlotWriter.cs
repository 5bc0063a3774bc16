using Metrics.Cli.Reports;
using Metrics.Plotting;
using ScottPlot;

namespace Metrics.Cli;

/// <summary>
/// Writes the plots a report's metrics allow, with Metrics.Plotting: ROC and precision-recall curves for an exact
/// AUC (a curve per file or group when there are several), a precision-recall curve for average precision, a
/// heatmap for a confusion matrix, a reliability diagram for the calibration curve or calibration error, and
/// precision/recall/F1 against the threshold for the binned AUC and the threshold-count metrics. Files are named
/// <c>MEMBER-KIND.png</c> (or <c>.svg</c>). What cannot be drawn is said, not silently left out.
/// </summary>
/// <param name="directory">Where the plots go (created if needed).</param>
/// <param name="format">"png" or "svg".</param>
internal sealed class PlotWriter(string directory, string format)
{
    private const int Width = 800;
    private const int Height = 600;

    /// <summary>The plot files written, in order.</summary>
    public List<string> Written { get; } = [];

    /// <summary>Why a plot was not made, one line each.</summary>
    public List<string> Skipped { get; } = [];

    /// <summary>Writes every plot the report's metrics allow.</summary>
    public void Write(Report report)
    {
        Directory.CreateDirectory(directory);
        var curves = CurveEntries(report);
        foreach (var name in report.MetricNames)
        {
            switch (report.Total.Metrics.Get(name).State)
            {
                case ExactAuc:
                    Save(name, "roc", () => Curves(report, curves, name, (RocPlot plot, string label, ExactAuc m) => plot.Add(label, m), new RocPlot(), p => p.Count, p => p.ToPlot()));
                    Save(name, "precision-recall", () => Curves(report, curves, name, (PrecisionRecallPlot plot, string label, ExactAuc m) => plot.Add(label, m), new PrecisionRecallPlot(), p => p.Count, p => p.ToPlot()));
                    break;
                case AveragePrecision:
                    Save(name, "precision-recall", () => Curves(report, curves, name, (PrecisionRecallPlot plot, string label, AveragePrecision m) => plot.Add(label, m), new PrecisionRecallPlot(), p => p.Count, p => p.ToPlot()));
                    break;
                case ConfusionMatrix confusion:
                    Save(name, "confusion", () => confusion.PlotConfusionMatrix());
                    break;
                case CalibrationCurve calibration:
                    Save(name, "reliability", () => Reliability(calibration.Bins, calibration.NumBins, name));
                    break;
                case CalibrationError calibration:
                    Save(name, "reliability", () => Reliability(calibration.Bins, calibration.NumBins + 1, name));
                    break;
                case Auc binned:
                    Save(name, "thresholds", () => binned.PlotThresholds());
                    break;
                case IConfusionCountsMetric counts:
                    Save(name, "thresholds", () => counts.PlotThresholds());
                    break;
                case BrierScore:
                    Skipped.Add($"{name}: no reliability diagram, the Brier score keeps no bins; add calibration_curve or ece to the metrics.");
                    break;
                default:
                    break;
            }
        }

        if (Written.Count == 0 && Skipped.Count == 0)
        {
            Skipped.Add("No plot: none of the metrics has one. ROC and precision-recall curves need roc_auc or average_precision, "
                + "a heatmap confusion_matrix, a reliability diagram calibration_curve or ece, a threshold plot auc or precision_at_thresholds.");
        }
    }

    // Several files, or else several groups, each get a curve; a single one is drawn as the total.
    private static IReadOnlyList<ReportEntry> CurveEntries(Report report) =>
        report.Parts.Count > 1 ? report.Parts : report.Groups.Count > 1 ? report.Groups : [report.Total];

    private Plot Curves<TBuilder, TMetric>(
        Report report,
        IReadOnlyList<ReportEntry> entries,
        string member,
        Action<TBuilder, string, TMetric> add,
        TBuilder builder,
        Func<TBuilder, int> count,
        Func<TBuilder, Plot> toPlot)
    {
        foreach (var entry in entries)
        {
            var label = ReportLayout.Display(report, entry);
            try
            {
                add(builder, label, (TMetric)entry.Metrics.Get(member).State);
            }
            catch (ArgumentException e)
            {
                Skipped.Add($"{member}: no curve for {label}: {e.Message}");
            }
        }

        return count(builder) > 0
            ? toPlot(builder)
            : throw new ArgumentException("no entry has a curve to draw");
    }

    private static Plot Reliability(SumArray bins, int count, string name)
    {
        var meanPredicted = new List<double>();
        var fractionPositive = new List<double>();
        var counts = new List<double>();
        for (var b = 0; b < count; b++)
        {
            var weight = bins[b * 3];
            meanPredicted.Add(weight > 0 ? bins[(b * 3) + 1] / weight : double.NaN);
            fractionPositive.Add(weight > 0 ? bins[(b * 3) + 2] / weight : double.NaN);
            counts.Add(weight);
        }

        return counts.Any(c => c > 0)
            ? ReliabilityDiagram.Create([.. meanPredicted], [.. fractionPositive], [.. counts], name)
            : throw new ArgumentException("the metric has seen no sample");
    }

    private void Save(string member, string kind, Func<Plot> plot)
    {
        Plot made;
        try
        {
            made = plot();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            Skipped.Add($"{member}: no {kind} plot: {e.Message}");
            return;
        }

        var path = Path.Combine(directory, $"{FileNames.Safe(member).Trim('_')}-{kind}.{format}");
        if (format == "svg")
        {
            made.SaveSvg(path, Width, Height);
        }
        else
        {
            made.SavePng(path, Width, Height);
        }

        Written.Add(path);
    }
}
