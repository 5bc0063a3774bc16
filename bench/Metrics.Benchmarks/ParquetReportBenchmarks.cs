using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Parquet;
using Parquet.Schema;

namespace Metrics.Benchmarks;

/// <summary>
/// The binary report of the 10M-row Parquet file against reading its two columns alone with Parquet.Net, every row
/// group into reused arrays, summed so that nothing is skipped (target: ours ≤ 2× the read).
/// </summary>
public class ParquetReportBenchmarks
{
    private string _file = "";
    private int[] _labels = [];
    private float[] _scores = [];

    [GlobalSetup]
    public void Setup()
    {
        DataFiles.EnsureWritten();
        _file = DataFiles.Parquet;
        _labels = new int[DataFiles.ParquetRowGroupRows];
        _scores = new float[DataFiles.ParquetRowGroupRows];
    }

    [Benchmark(Baseline = true, Description = "Parquet.Net: read label and score")]
    public double ReadColumns() => ReadColumnsAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "Metrics.Dsl in process")]
    public IReadOnlyDictionary<string, double> OursInProcess() => CsvReportBenchmarks.InProcess(_file);

    [Benchmark(Description = "Metrics.Dsl child process")]
    public string OursChildProcess() => DataCommands.Ours(_file).Run();

    private async Task<double> ReadColumnsAsync()
    {
        await using var reader = await ParquetReader.CreateAsync(_file).ConfigureAwait(false);
        var fields = reader.Schema.GetDataFields();
        DataField label = fields[0], score = fields[1];
        double sum = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var rowGroup = reader.OpenRowGroupReader(g);
            var rows = checked((int)rowGroup.RowCount);
            await rowGroup.ReadAsync<int>(label, _labels.AsMemory(0, rows)).ConfigureAwait(false);
            await rowGroup.ReadAsync<float>(score, _scores.AsMemory(0, rows)).ConfigureAwait(false);
            sum += DataSums.Of(_labels.AsSpan(0, rows), _scores.AsSpan(0, rows));
        }

        return sum;
    }
}
