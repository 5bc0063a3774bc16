using System;
using System.Diagnostics;
using Microsoft.ML;

namespace Metrics.Benchmarks;

/// <summary>
/// <c>--probe-data</c>: the data group's agreement table, then each side timed with a Stopwatch (best of
/// <c>PROBE_ROUNDS</c>, default 2), for a look in minutes instead of a BenchmarkDotNet run.
/// </summary>
internal static class DataProbe
{
    public static void Run()
    {
        var (_, agreement) = DataAgreement.Check();
        Console.WriteLine(agreement);
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("PROBE_ROUNDS"), out var r) ? r : 2;
        void Time(string name, Func<object> run)
        {
            var best = double.MaxValue;
            for (var i = 0; i < rounds; i++)
            {
                var watch = Stopwatch.StartNew();
                GC.KeepAlive(run());
                best = Math.Min(best, watch.Elapsed.TotalSeconds);
            }

            Console.WriteLine($"{name,-48} {best,8:F3} s");
        }

        var csv = new CsvReportBenchmarks();
        csv.Setup();
        Time("CSV: pandas + scikit-learn", csv.PandasSklearn);
        Time("CSV: ours, child process", csv.OursChildProcess);
        Time("CSV: ours, in process", csv.OursInProcess);
        var parquet = new ParquetReportBenchmarks();
        parquet.Setup();
        Time("Parquet: read the columns", () => parquet.ReadColumns());
        Time("Parquet: ours, child process", parquet.OursChildProcess);
        Time("Parquet: ours, in process", parquet.OursInProcess);
        var arrow = new ArrowReportBenchmarks();
        arrow.Setup();
        Time("Arrow: read the columns", () => arrow.ReadColumns());
        Time("Arrow: ours, child process", arrow.OursChildProcess);
        Time("Arrow: ours, in process", arrow.OursInProcess);
        var view = new DataViewBenchmarks();
        view.Setup();
        Time("Data view: ML.NET EvaluateNonCalibrated", view.MlNet);
        Time("Data view: ours", view.Ours);
    }
}
