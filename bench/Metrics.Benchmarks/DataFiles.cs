using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using Parquet;
using Parquet.Schema;

namespace Metrics.Benchmarks;

/// <summary>
/// The 10M-row binary-classification file of the <c>data</c> group in three forms: CSV (<c>label,score</c>), Parquet
/// (int32 label, float score, row groups of 1M rows) and an Arrow IPC file (the same types, record batches of 256K
/// rows). The rows come from a fixed seed: label 1 with probability 0.3, score = σ(z) with z ~ N(0, 1) + 1.19 for a
/// positive and N(0, 1) for a negative, which makes ROC AUC = Φ(1.19 / √2) ≈ 0.80. Scores are float32 in every form
/// (the CSV holds their shortest round-trip text), so all three give the same ranking and the same six values.
/// The files are written once into <c>bench/data/</c> (ignored by git) and rewritten when one is missing.
/// </summary>
public static class DataFiles
{
    public const int Rows = 10_000_000;

    public const int ParquetRowGroupRows = 1 << 20;

    public const int ArrowBatchRows = 1 << 18;

    /// <summary>The shift of the positives' logits: AUC = Φ(Shift / √2) ≈ 0.80.</summary>
    private const double Shift = 1.19;

    private const int Seed = 20261207;

    /// <summary><c>bench/data</c> of the repository, or <c>METRICS_BENCH_DATA</c> when set.</summary>
    public static string Directory =>
        Environment.GetEnvironmentVariable("METRICS_BENCH_DATA") is { Length: > 0 } dir ? dir : Path.Combine(Options.RepositoryRoot(), "bench", "data");

    public static string Csv => Path.Combine(Directory, "binary-10m.csv");

    public static string Parquet => Path.Combine(Directory, "binary-10m.parquet");

    public static string Arrow => Path.Combine(Directory, "binary-10m.arrow");

    /// <summary>Writes whichever of the three files is missing (a file is written under a temporary name, then moved).</summary>
    public static void EnsureWritten()
    {
        if (File.Exists(Csv) && File.Exists(Parquet) && File.Exists(Arrow))
        {
            return;
        }

        System.IO.Directory.CreateDirectory(Directory);
        var (labels, scores) = Generate();
        WriteOnce(Csv, path => WriteCsv(path, labels, scores));
        WriteOnce(Parquet, path => WriteParquetAsync(path, labels, scores).GetAwaiter().GetResult());
        WriteOnce(Arrow, path => WriteArrow(path, labels, scores));
    }

    /// <summary>The rows: labels 0/1 and float scores in (0, 1).</summary>
    public static (int[] Labels, float[] Scores) Generate()
    {
        var rng = new Random(Seed);
        var labels = new int[Rows];
        var scores = new float[Rows];
        for (var i = 0; i < Rows; i++)
        {
            labels[i] = rng.NextDouble() < 0.3 ? 1 : 0;
            var z = Gaussian(rng) + (labels[i] * Shift);
            scores[i] = (float)(1 / (1 + Math.Exp(-(z - (Shift / 2)))));
        }

        return (labels, scores);
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    private static void WriteOnce(string path, Action<string> write)
    {
        if (File.Exists(path))
        {
            return;
        }

        var partial = path + ".partial";
        write(partial);
        File.Move(partial, path, overwrite: true);
        Console.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes)");
    }

    private static void WriteCsv(string path, int[] labels, float[] scores)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 20);
        writer.Write("label,score\n");
        Span<char> cell = stackalloc char[32];
        for (var i = 0; i < labels.Length; i++)
        {
            writer.Write(labels[i] == 1 ? '1' : '0');
            writer.Write(',');
            scores[i].TryFormat(cell, out var written, "R", CultureInfo.InvariantCulture);
            writer.Write(cell[..written]);
            writer.Write('\n');
        }
    }

    private static async Task WriteParquetAsync(string path, int[] labels, float[] scores)
    {
        var label = new DataField<int>("label");
        var score = new DataField<float>("score");
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(label, score), stream).ConfigureAwait(false);
        for (var start = 0; start < labels.Length; start += ParquetRowGroupRows)
        {
            var n = Math.Min(ParquetRowGroupRows, labels.Length - start);
            using var rowGroup = writer.CreateRowGroup();
            await rowGroup.WriteAsync<int>(label, labels.AsMemory(start, n)).ConfigureAwait(false);
            await rowGroup.WriteAsync<float>(score, scores.AsMemory(start, n)).ConfigureAwait(false);
        }
    }

    private static void WriteArrow(string path, int[] labels, float[] scores)
    {
        var schema = new Schema.Builder()
            .Field(f => f.Name("label").DataType(Int32Type.Default).Nullable(false))
            .Field(f => f.Name("score").DataType(FloatType.Default).Nullable(false))
            .Build();
        using var file = File.Create(path);
        using var writer = new ArrowFileWriter(file, schema);
        for (var start = 0; start < labels.Length; start += ArrowBatchRows)
        {
            var n = Math.Min(ArrowBatchRows, labels.Length - start);
            var labelArray = new Int32Array.Builder().Append(labels.AsSpan(start, n)).Build();
            var scoreArray = new FloatArray.Builder().Append(scores.AsSpan(start, n)).Build();
            writer.WriteRecordBatch(new RecordBatch(schema, [labelArray, scoreArray], n));
        }

        writer.WriteEnd();
    }
}
