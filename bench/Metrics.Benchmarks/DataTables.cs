using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Metrics.Benchmarks;

/// <summary>The tables of the <c>data</c> group: each report against its baseline of the same run.</summary>
internal static class DataTables
{
    public static void Write(StringBuilder md, List<RatioTable.Row> rows)
    {
        var invariant = CultureInfo.InvariantCulture;
        Dictionary<string, RatioTable.Row> Of(string cls) => rows.Where(r => r.Class == cls).ToDictionary(r => r.Method);
        var csv = Of(nameof(CsvReportBenchmarks));
        var parquet = Of(nameof(ParquetReportBenchmarks));
        var arrow = Of(nameof(ArrowReportBenchmarks));
        var view = Of(nameof(DataViewBenchmarks));
        if (csv.Count + parquet.Count + arrow.Count + view.Count == 0)
        {
            return;
        }

        string S(RatioTable.Row? r) => r is null ? "–" : (r.Nanoseconds / 1e9).ToString("F2", invariant);
        string Mb(RatioTable.Row? r) => r?.Allocated is { } b ? (b / 1048576.0).ToString("F0", invariant) : "–";
        string Faster(RatioTable.Row? baseline, RatioTable.Row? ours, double target) =>
            baseline is null || ours is null ? "–" : Mark(baseline.Nanoseconds / ours.Nanoseconds, "×", target, atLeast: true);
        string Slower(RatioTable.Row? baseline, RatioTable.Row? ours, double target) =>
            baseline is null || ours is null ? "–" : Mark(ours.Nanoseconds / baseline.Nanoseconds, "×", target, atLeast: false);

        md.AppendLine(invariant, $"## End to end on {DataFiles.Rows:N0} rows: the binary report (accuracy, precision, recall, F1, ROC AUC, average precision)");
        md.AppendLine();
        md.AppendLine("Medians of BenchmarkDotNet's Monitoring job (1 warm-up, 3 calls in quick, 5 in full). \"Child\" includes process start; \"in process\" is the same report after warm-up. Allocated: in the benchmark process only (the child's memory is not counted).");
        md.AppendLine();
        RatioTable.Row? Get(Dictionary<string, RatioTable.Row> d, string m) => d.GetValueOrDefault(m);
        if (csv.Count > 0)
        {
            var baseline = Get(csv, "PandasSklearn");
            md.AppendLine("| CSV | s | Speed-up over pandas + scikit-learn (target ≥ 10×) | Allocated MB |");
            md.AppendLine("|---|---:|---:|---:|");
            md.AppendLine(invariant, $"| pandas.read_csv + scikit-learn (python3 child process) | {S(baseline)} | 1 | – |");
            md.AppendLine(invariant, $"| Metrics.Dsl, child process | {S(Get(csv, "OursChildProcess"))} | {Faster(baseline, Get(csv, "OursChildProcess"), 10)} | – |");
            md.AppendLine(invariant, $"| Metrics.Dsl, in process | {S(Get(csv, "OursInProcess"))} | {Faster(baseline, Get(csv, "OursInProcess"), 10)} | {Mb(Get(csv, "OursInProcess"))} |");
            md.AppendLine();
        }

        foreach (var (name, d, library) in new[] { ("Parquet", parquet, "Parquet.Net"), ("Arrow IPC", arrow, "Apache.Arrow") })
        {
            if (d.Count == 0)
            {
                continue;
            }

            var read = Get(d, "ReadColumns");
            md.AppendLine(invariant, $"| {name} | s | × the read (target ≤ 2×) | Allocated MB |");
            md.AppendLine("|---|---:|---:|---:|");
            md.AppendLine(invariant, $"| {library}: read label and score, sum them | {S(read)} | 1 | {Mb(read)} |");
            md.AppendLine(invariant, $"| Metrics.Dsl, child process | {S(Get(d, "OursChildProcess"))} | {Slower(read, Get(d, "OursChildProcess"), 2)} | – |");
            md.AppendLine(invariant, $"| Metrics.Dsl, in process | {S(Get(d, "OursInProcess"))} | {Slower(read, Get(d, "OursInProcess"), 2)} | {Mb(Get(d, "OursInProcess"))} |");
            md.AppendLine();
        }

        if (view.Count > 0)
        {
            var mlNet = Get(view, "MlNet");
            md.AppendLine("| ML.NET data view | s | Speed-up over ML.NET (target ≥ 20×) | Allocated MB |");
            md.AppendLine("|---|---:|---:|---:|");
            md.AppendLine(invariant, $"| `BinaryClassification.EvaluateNonCalibrated` | {S(mlNet)} | 1 | {Mb(mlNet)} |");
            md.AppendLine(invariant, $"| Metrics.ML `IDataView.Evaluate` (six metrics) | {S(Get(view, "Ours"))} | {Faster(mlNet, Get(view, "Ours"), 20)} | {Mb(Get(view, "Ours"))} |");
            md.AppendLine();
        }
    }

    private static string Mark(double ratio, string unit, double target, bool atLeast) =>
        ratio.ToString("F2", CultureInfo.InvariantCulture) + unit + ((atLeast ? ratio >= target : ratio <= target) ? " ✓" : " ✗");
}
