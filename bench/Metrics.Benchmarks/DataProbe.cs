using System;
using System.Diagnostics;
using System.IO;
using Metrics.Data;

namespace Metrics.Benchmarks;

/// <summary>
/// <c>--probe-data</c>: the data group's agreement table, then each side timed with a Stopwatch (best of
/// <c>PROBE_ROUNDS</c>, default 2), for a look in minutes instead of a BenchmarkDotNet run.
/// </summary>
internal static class DataProbe
{
    public static void Run()
    {
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

        DataFiles.EnsureWritten();
        PerMetric(Time);
        foreach (var file in new[] { DataFiles.Csv, DataFiles.Parquet, DataFiles.Arrow })
        {
            // Where our in-process time goes: the reader alone, the reader and the six updates, then the values.
            var name = Path.GetExtension(file);
            var source = MetricDataSource.Open(file, new ColumnMapping("label", "score"));
            Time($"{name}: read the chunks only", () => source.ReadChunks((in DataChunk _) => { }));
            MetricCollection? report = null;
            Time($"{name}: read + update the six metrics", () => source.Evaluate(report = BinaryFileReport.Create(0.5)));
            Time($"{name}: compute the six values", () => BinaryFileReport.Values(report!));
        }

        if (Environment.GetEnvironmentVariable("PROBE_DATA") == "breakdown")
        {
            return;
        }

        var (_, agreement) = DataAgreement.Check();
        Console.WriteLine(agreement);

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

    /// <summary>Each metric of the report alone on the 10M rows in memory (doubles, 64K-row batches, as the readers hand them): update, then compute.</summary>
    private static void PerMetric(Action<string, Func<object>> time)
    {
        var (labels, scores) = DataFiles.Generate();
        var y = Array.ConvertAll(labels, l => (double)l);
        var p = Array.ConvertAll(scores, s => (double)s);
        const int Chunk = MetricDataSource.DefaultChunkRows;
        foreach (var name in BinaryFileReport.Names)
        {
            MetricCollection? one = null;
            time($"memory: update {name}", () =>
            {
                one = new MetricCollection().Add(name, BinaryFileReport.Create(0.5).Get(name));
                for (var start = 0; start < y.Length; start += Chunk)
                {
                    var n = Math.Min(Chunk, y.Length - start);
                    one.Update(new MetricBatch(y.AsSpan(start, n), p.AsSpan(start, n), 0));
                }

                return one;
            });
            time($"memory: compute {name}", () => one!.Compute(name));
        }
    }
}
