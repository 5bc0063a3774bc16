using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using Parquet;
using Parquet.Schema;

namespace Metrics.Cli.Tests;

/// <summary>Writes (label, probability, fold) rows as Parquet (a row group per part) and Arrow IPC (a record batch per part) with the formats' own libraries.</summary>
internal static class FormatFiles
{
    public static void WriteParquet(string path, double[][] rows, int partRows) => WriteParquetAsync(path, rows, partRows).GetAwaiter().GetResult();

    public static void WriteArrow(string path, double[][] rows, int partRows)
    {
        var schema = new Schema.Builder()
            .Field(f => f.Name("label").DataType(Int32Type.Default).Nullable(false))
            .Field(f => f.Name("probability").DataType(DoubleType.Default).Nullable(false))
            .Field(f => f.Name("fold").DataType(Int64Type.Default).Nullable(false))
            .Build();
        using var file = File.Create(path);
        using var writer = new ArrowFileWriter(file, schema);
        foreach (var part in rows.Chunk(partRows))
        {
            writer.WriteRecordBatch(new RecordBatch(
                schema,
                [
                    new Int32Array.Builder().AppendRange(part.Select(r => (int)r[0])).Build(),
                    new DoubleArray.Builder().AppendRange(part.Select(r => r[1])).Build(),
                    new Int64Array.Builder().AppendRange(part.Select(r => (long)r[2])).Build(),
                ],
                part.Length));
        }

        writer.WriteEnd();
    }

    private static async System.Threading.Tasks.Task WriteParquetAsync(string path, double[][] rows, int partRows)
    {
        var label = new DataField<double>("label");
        var probability = new DataField<double>("probability");
        var fold = new DataField<int>("fold");
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(label, probability, fold), stream);
        foreach (var part in rows.Chunk(partRows))
        {
            using var rowGroup = writer.CreateRowGroup();
            await rowGroup.WriteAsync<double>(label, part.Select(r => r[0]).ToArray());
            await rowGroup.WriteAsync<double>(probability, part.Select(r => r[1]).ToArray());
            await rowGroup.WriteAsync<int>(fold, part.Select(r => (int)r[2]).ToArray());
        }
    }
}
