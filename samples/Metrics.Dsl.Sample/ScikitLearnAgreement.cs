using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace Metrics.Dsl.Sample;

// scikit-learn's (and SciPy's) values for these exact CSV files, written by data/scikit_learn_values.py to
// data/scikit_learn_values.json. Returns the number of metrics that disagree or that the file lacks.
internal static class ScikitLearnAgreement
{
    private const double Tolerance = 1e-9;

    public static int Print(TextWriter output, DigitsData digits, DiabetesData diabetes, MetricCollection cancer, string valuesPath)
    {
        var multiclass = Evaluations.Multiclass(digits);
        var binary = Evaluations.Binary(digits);
        var regression = Evaluations.Regression(diabetes);
        var ours = new (string Reference, double Value)[]
        {
            ("multiclass accuracy", multiclass.Value("Accuracy (argmax)")),
            ("multiclass top-2 accuracy", multiclass.Value("SparseTopKCategoricalAccuracy (k = 2)")),
            ("multiclass macro precision", multiclass.Value("MulticlassPrecision (macro)")),
            ("multiclass macro recall", multiclass.Value("MulticlassRecall (macro)")),
            ("multiclass weighted F1", multiclass.Value("FBetaScore (F1, weighted)")),
            ("multiclass MCC", multiclass.Value("MatthewsCorrelation")),
            ("multiclass Cohen kappa (quadratic)", multiclass.Value("CohenKappa (quadratic)")),
            ("multiclass balanced accuracy", multiclass.Value("BalancedAccuracy")),
            ("multiclass one-vs-rest macro ROC AUC", multiclass.Value("OneVsRestAuc (macro)")),
            ("multi-label macro F1 (softmax > 0.5)", multiclass.Value("MultiLabelFBetaScore (softmax > 0.5, macro)")),
            ("is-8 accuracy", binary.Value("Accuracy")),
            ("is-8 precision", binary.Value("Precision")),
            ("is-8 recall", binary.Value("Recall")),
            ("is-8 F1", binary.Value("F1Score")),
            ("is-8 ROC AUC (exact)", binary.Value("ExactAuc (ROC)")),
            ("is-8 average precision", binary.Value("AveragePrecision")),
            ("diabetes MAE", regression.Value("MAE")),
            ("diabetes MSE", regression.Value("MSE")),
            ("diabetes RMSE", regression.Value("RMSE")),
            ("diabetes MAPE (%)", regression.Value("MAPE (%)")),
            ("diabetes R2", regression.Value("R2Score")),
            ("diabetes explained variance", regression.Value("ExplainedVariance")),
            ("diabetes Pearson r", regression.Value("PearsonCorrelation")),
            ("breast cancer accuracy", (double)cancer.Compute("binary_accuracy")),
            ("breast cancer precision", (double)cancer.Compute("precision")),
            ("breast cancer recall", (double)cancer.Compute("recall")),
            ("breast cancer F1", (double)cancer.Compute("f1_score")),
            ("breast cancer ROC AUC", (double)cancer.Compute("roc_auc")),
            ("breast cancer average precision", (double)cancer.Compute("average_precision")),
            ("breast cancer Brier score", (double)cancer.Compute("brier_score")),
        };

        var root = JsonNode.Parse(File.ReadAllText(valuesPath))!;
        var reference = root["values"]!.AsArray().ToDictionary(
            v => v!["metric"]!.GetValue<string>(),
            v => (Call: v!["scikit_learn"]!.GetValue<string>(), Value: v["value"]!.GetValue<double>()));

        var table = new TablePrinter(
            $"scikit-learn {root["versions"]!["sklearn"]} agreement (relative difference, tolerance {TablePrinter.Scientific(Tolerance)})",
            "lrrrll",
            "metric",
            "Metrics.Dsl",
            "scikit-learn",
            "rel. diff",
            "check",
            "scikit-learn call");
        var failures = 0;
        foreach (var (name, value) in ours)
        {
            if (!reference.TryGetValue(name, out var expected))
            {
                failures++;
                table.Add(name, TablePrinter.Exact(value), "-", "-", "MISSING", "-");
                continue;
            }

            var difference = Math.Abs(value - expected.Value) / Math.Abs(expected.Value);
            var ok = difference <= Tolerance;
            failures += ok ? 0 : 1;
            table.Add(name, TablePrinter.Exact(value), TablePrinter.Exact(expected.Value), TablePrinter.Scientific(difference), ok ? "ok" : "DIFFERS", expected.Call);
        }

        table.Note(failures == 0
            ? $"all {ours.Length} values agree with scikit-learn"
            : $"{failures} of {ours.Length} values differ from scikit-learn by more than {TablePrinter.Scientific(Tolerance)} or are missing");
        table.Print(output);
        return failures;
    }
}
