using System.Collections.Generic;
using System.IO;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using BenchmarkDotNet.Attributes;

namespace Metrics.Benchmarks;

/// <summary>
/// The binary report of the 10M-row Arrow IPC file against reading its record batches alone with Apache.Arrow,
/// summing both columns so that every value is touched (target: ours ≤ 2× the read).
/// </summary>
public class ArrowReportBenchmarks
{
    private string _file = "";

    [GlobalSetup]
    public void Setup()
    {
        DataFiles.EnsureWritten();
        _file = DataFiles.Arrow;
    }

    [Benchmark(Baseline = true, Description = "Apache.Arrow: read label and score")]
    public double ReadColumns()
    {
        using var stream = File.OpenRead(_file);
        using var reader = new ArrowFileReader(stream);
        double sum = 0;
        while (reader.ReadNextRecordBatch() is { } batch)
        {
            using (batch)
            {
                sum += DataSums.Of(((Int32Array)batch.Column(0)).Values, ((FloatArray)batch.Column(1)).Values);
            }
        }

        return sum;
    }

    [Benchmark(Description = "Metrics.Dsl in process")]
    public IReadOnlyDictionary<string, double> OursInProcess() => CsvReportBenchmarks.InProcess(_file);

    [Benchmark(Description = "Metrics.Dsl child process")]
    public string OursChildProcess() => DataCommands.Ours(_file).Run();
}
