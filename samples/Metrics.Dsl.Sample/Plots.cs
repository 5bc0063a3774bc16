using System;
using System.IO;
using System.Linq;
using Metrics;
using Metrics.Data;
using Metrics.Plotting;

namespace Metrics.Dsl.Sample;

// The pictures a user gets from Metrics.Plotting, written as PNG files into one folder.
internal static class Plots
{
    private const int Width = 800;
    private const int Height = 600;

    public static void Write(TextWriter output, string folder, GroupedEvaluation cancer, DigitsData digits)
    {
        Directory.CreateDirectory(folder);
        var all = cancer.Total;
        var roc = new RocPlot { Title = "Breast cancer: ROC per fold and over all rows" };
        foreach (var fold in cancer.Groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            roc.Add($"fold {fold.Key}", Typed<ExactAuc>(fold.Metrics, "roc_auc"));
        }

        roc.Add("all rows", Typed<ExactAuc>(all, "roc_auc"));
        var classNames = Enumerable.Range(0, digits.Classes).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var written = new (string File, string What)[]
        {
            Save(folder, "breast-cancer-roc.png", roc.ToPlot(), "ROC curves, AUC in the legend"),
            Save(folder, "breast-cancer-precision-recall.png", Typed<AveragePrecision>(all, "average_precision").PlotPrecisionRecall("all rows"), "precision-recall curve, AP in the legend"),
            Save(folder, "breast-cancer-reliability.png", Typed<CalibrationError>(all, "calibration_error").PlotReliability("logistic regression"), "reliability diagram with its histogram"),
            Save(folder, "breast-cancer-thresholds.png", Typed<Auc>(all, "auc").PlotThresholds(), "precision, recall and F1 against the threshold"),
            Save(folder, "digits-confusion-matrix.png", new ConfusionMatrix(digits.Classes).Update(digits.Labels, digits.Predicted).PlotConfusionMatrix(classNames), "confusion matrix, counts"),
            Save(folder, "digits-roc-per-class.png", new OneVsRestAuc().Update(digits.Labels, digits.Scores).PlotRoc(classNames), "one-vs-rest ROC curve per digit"),
        };

        var table = new TablePrinter($"Plots (Metrics.Plotting, ScottPlot) written to {Path.GetFullPath(folder)}", "ll", "file", "what");
        foreach (var (file, what) in written)
        {
            table.Add(file, what);
        }

        table.Print(output);
    }

    // A collection member's typed metric, its state included: what the plotting extensions take.
    private static TMetric Typed<TMetric>(MetricCollection collection, string name) => (TMetric)collection.Get(name).State;

    private static (string, string) Save(string folder, string file, ScottPlot.Plot plot, string what)
    {
        plot.SavePng(Path.Combine(folder, file), Width, Height);
        return (file, what);
    }
}
