using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.ML;

namespace Metrics.Benchmarks;

/// <summary>
/// The values of every side of the <c>data</c> group, computed once before any timing: scikit-learn's on the CSV
/// against ours on the CSV, Parquet and Arrow files (in process and as the child process), which must agree within
/// 1e-9 relative; and ML.NET's <c>EvaluateNonCalibrated</c> against ours on the same data view: accuracy, precision,
/// recall, F1 and ROC AUC within 1e-9, AUPRC only reported (ML.NET computes it on a 100,000-row sample of the view).
/// Program refuses to time reports that disagree.
/// </summary>
public static class DataAgreement
{
    private const double Tolerance = 1e-9;

    public static (bool Agree, string Markdown) Check()
    {
        DataFiles.EnsureWritten();
        var invariant = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var agree = true;

        var sklearn = Read(DataCommands.PandasSklearn(DataFiles.Csv));
        var sides = new List<(string Name, IReadOnlyDictionary<string, double> Values)>
        {
            ("CSV, child process", ReadCli(DataFiles.Csv)),
            ("CSV, in process", CsvReportBenchmarks.InProcess(DataFiles.Csv)),
            ("Parquet, child process", ReadCli(DataFiles.Parquet)),
            ("Parquet, in process", CsvReportBenchmarks.InProcess(DataFiles.Parquet)),
            ("Arrow, child process", ReadCli(DataFiles.Arrow)),
            ("Arrow, in process", CsvReportBenchmarks.InProcess(DataFiles.Arrow)),
        };
        text.AppendLine(invariant, $"Values on the {DataFiles.Rows:N0} generated rows: scikit-learn {sklearn["roc_auc"]:F6} ROC AUC; largest relative difference of ours (every form, in process and child process):");
        text.AppendLine();
        text.AppendLine("| Value | scikit-learn (CSV) | Metrics.Dsl (CSV) | Largest relative difference over the six runs of ours |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var name in BinaryFileReport.Names)
        {
            var worst = sides.Max(s => Relative(sklearn[name], s.Values[name]));
            agree &= worst <= Tolerance;
            text.AppendLine(invariant, $"| {name} | {sklearn[name]:R} | {sides[0].Values[name]:R} | {worst:E1} |");
        }

        var ml = new MLContext(seed: 0);
        var view = DataViewBenchmarks.CreateView(ml);
        var theirs = ml.BinaryClassification.EvaluateNonCalibrated(view, "Label", "Score");
        var ours = DataViewBenchmarks.Report(view);
        text.AppendLine();
        text.AppendLine(invariant, $"ML.NET `EvaluateNonCalibrated` and Metrics.ML on the same {DataFiles.Rows:N0}-row data view (Score = logit of the probability, decisions at Score > 0):");
        text.AppendLine();
        text.AppendLine("| Value | ML.NET | Metrics.ML | Relative difference |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var (name, mlNet, gated) in new[]
        {
            ("binary_accuracy", theirs.Accuracy, true),
            ("precision", theirs.PositivePrecision, true),
            ("recall", theirs.PositiveRecall, true),
            ("f1_score", theirs.F1Score, true),
            ("roc_auc", theirs.AreaUnderRocCurve, true),
            ("average_precision", theirs.AreaUnderPrecisionRecallCurve, false),
        })
        {
            var relative = Relative(mlNet, ours[name]);
            agree &= !gated || relative <= Tolerance;
            text.AppendLine(invariant, $"| {name}{(gated ? "" : " (ML.NET: AUPRC of a 100,000-row sample; not gated)")} | {mlNet:R} | {ours[name]:R} | {relative:E1} |");
        }

        return (agree, text.ToString());
    }

    private static IReadOnlyDictionary<string, double> Read(ProcessRun command) => BinaryFileReport.FromJson(command.Run(), command.ToString());

    // The tool's JSON report holds the merged values under total.values, keyed by the specs given to --metrics
    // ("precision(threshold=0.5)"): the registry name is the part before the arguments.
    private static Dictionary<string, double> ReadCli(string file)
    {
        var command = DataCommands.Ours(file);
        command.Run();
        using var report = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(DataCommands.CliReportPath(file)));
        var values = report.RootElement.GetProperty("total").GetProperty("values").EnumerateObject()
            .ToDictionary(p => p.Name.Split('(')[0], p => p.Value.GetDouble());
        return BinaryFileReport.Names.ToDictionary(
            n => n,
            n => values.TryGetValue(n, out var value) ? value : throw new FormatException($"{command} reported no '{n}'"));
    }

    private static double Relative(double expected, double actual) => Math.Abs(expected - actual) / Math.Max(Math.Abs(expected), 1e-300);
}
