using System.Globalization;
using System.IO;
using System.Linq;
using Metrics;
using Metrics.Data;

namespace Metrics.Dsl.Sample;

// data/breast_cancer_predictions.csv evaluated straight from the file with Metrics.Data: the fold column groups the
// rows, each fold gets its own collection, and their merge is the value over all rows.
internal static class FileEvaluation
{
    public static readonly string[] BinaryReport =
    [
        "binary_accuracy", "precision", "recall", "f1_score", "roc_auc", "average_precision", "auc",
        "brier_score", "binary_crossentropy", "calibration_error",
    ];

    // Keras' names with Keras' defaults: these are probabilities, and precision, recall and F1 decide at 0.5.
    private static MetricCollection Template() => new(BinaryReport);

    public static GroupedEvaluation Binary(TextWriter output, string path)
    {
        var source = MetricDataSource.Open(path, new ColumnMapping("label", "probability") { Group = "fold" });
        var result = source.EvaluateByGroup(Template());
        var folds = result.Groups.OrderBy(g => g.Key, System.StringComparer.Ordinal).ToArray();

        var table = new TablePrinter(
            $"Breast cancer, binary, from {Path.GetFileName(path)} ({result.Rows} rows) with Metrics.Data, per fold and merged",
            "l" + new string('r', folds.Length + 1),
            ["metric", .. folds.Select(f => $"fold {f.Key}"), "all"]);
        foreach (var name in BinaryReport)
        {
            table.Add([name, .. folds.Select(f => Format(f.Metrics.Compute(name))), Format(result.Total.Compute(name))]);
        }

        table.Add(["rows", .. folds.Select(f => f.Rows.ToString(CultureInfo.InvariantCulture)), result.Rows.ToString(CultureInfo.InvariantCulture)])
            .Note("MetricDataSource.Open(path, new ColumnMapping(\"label\", \"probability\") { Group = \"fold\" }).EvaluateByGroup(collection)")
            .Note("threshold 0.5 for the counts; binary_crossentropy is Keras' (p clipped to [1e-7, 1 - 1e-7], log(p + 1e-7)); auc is Keras' binned AUC (200 thresholds), roc_auc the exact one; calibration_error is the ECE (15 bins)")
            .Print(output);
        return result;
    }

    private static string Format(object value) => TablePrinter.Number((double)value);
}
