using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Metrics.Data;

namespace Metrics.Benchmarks;

/// <summary>
/// The binary report (accuracy, precision, recall, F1 at score &gt; 0.5, ROC AUC, average precision) of the 10M-row
/// CSV end to end (target: ours ≥ 10× faster than pandas + scikit-learn). The baseline is a Python child process
/// (interpreter start and imports included); ours runs as a child process too (the stand-in console, later the CLI)
/// and in process (reading, the six metrics and their values; no process start, no JIT after the warm-up).
/// <see cref="DataAgreement"/> checks the values of every side first.
/// </summary>
public class CsvReportBenchmarks
{
    private string _file = "";

    [GlobalSetup]
    public void Setup()
    {
        DataFiles.EnsureWritten();
        _file = DataFiles.Csv;
    }

    [Benchmark(Baseline = true, Description = "pandas.read_csv + scikit-learn (python3 child process)")]
    public string PandasSklearn() => DataCommands.PandasSklearn(_file).Run();

    [Benchmark(Description = "Metrics.Dsl child process")]
    public string OursChildProcess() => DataCommands.Ours(_file).Run();

    [Benchmark(Description = "Metrics.Dsl in process")]
    public IReadOnlyDictionary<string, double> OursInProcess() => InProcess(_file);

    /// <summary>What the child process does, without the process.</summary>
    public static IReadOnlyDictionary<string, double> InProcess(string file)
    {
        var report = BinaryFileReport.Create(threshold: 0.5);
        MetricDataSource.Open(file, new ColumnMapping("label", "score")).Evaluate(report);
        return BinaryFileReport.Values(report);
    }
}
