using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using Microsoft.Data.Analysis;
using Parquet;
using Parquet.Schema;

namespace Metrics.Data.Tests;

/// <summary>
/// Writes a <see cref="Sample"/> as real files with the formats' own libraries: columns y (0/1, double), p (score),
/// p_null (score with nulls; not in CSV), k (class index, int), c0..c2 (class scores), m (mask: bool, 1/0 in CSV),
/// w (weights), g (string group), gi (int group).
/// </summary>
public static class SampleFiles
{
    public static readonly string[] Formats = ["csv", "parquet", "arrow", "arrows", "feather", "dataframe"];

    public static string Directory()
    {
        var path = Path.Combine(Path.GetTempPath(), "metrics-data-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>The sample as a source of the format, in batches / row groups of <paramref name="partRows"/> rows.</summary>
    public static MetricDataSource Source(string format, Sample sample, ColumnMapping mapping, int chunkRows = MetricDataSource.DefaultChunkRows, int partRows = 1000)
    {
        if (format == "dataframe")
        {
            return new DataFrameDataSource(Frame(sample), mapping, chunkRows: chunkRows);
        }

        var path = Path.Combine(Directory(), "sample." + format);
        switch (format)
        {
            case "csv": WriteCsv(path, sample); break;
            case "parquet": WriteParquet(path, sample, partRows); break;
            case "arrows": WriteArrow(path, sample, partRows, stream: true); break;
            default: WriteArrow(path, sample, partRows, stream: false); break;
        }

        return MetricDataSource.Open(path, mapping, chunkRows);
    }

    public static void WriteCsv(string path, Sample s)
    {
        var text = new StringBuilder("y,p,k,c0,c1,c2,m,w,g,gi\n");
        for (var i = 0; i < s.Rows; i++)
        {
            var cells = new object[]
            {
                s.Labels[i], s.Scores[i], s.ClassLabels[i], s.ClassScores[i * 3], s.ClassScores[(i * 3) + 1], s.ClassScores[(i * 3) + 2],
                s.Mask[i] ? 1 : 0, s.Weights[i], "\"" + s.Groups[i].Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", s.GroupIds[i],
            };
            text.AppendJoin(',', cells.Select(c => c is double d ? d.ToString("R", CultureInfo.InvariantCulture) : Convert.ToString(c, CultureInfo.InvariantCulture)));
            text.Append('\n');
        }

        File.WriteAllText(path, text.ToString());
    }

    public static void WriteParquet(string path, Sample s, int partRows) => WriteParquetAsync(path, s, partRows).GetAwaiter().GetResult();

    private static async System.Threading.Tasks.Task WriteParquetAsync(string path, Sample s, int partRows)
    {
        var y = new DataField<double>("y");
        var p = new DataField<double>("p");
        var pNull = new DataField<double?>("p_null");
        var k = new DataField<int>("k");
        var c = Enumerable.Range(0, 3).Select(j => new DataField<double>("c" + j)).ToArray();
        var m = new DataField<bool>("m");
        var w = new DataField<double>("w");
        var g = new DataField<string>("g");
        var gi = new DataField<int>("gi");
        var schema = new ParquetSchema([y, p, pNull, k, .. c, m, w, g, gi]);
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        var nullable = s.NullableScores();
        for (var start = 0; start < s.Rows; start += partRows)
        {
            var n = Math.Min(partRows, s.Rows - start);
            using var rowGroup = writer.CreateRowGroup();
            await rowGroup.WriteAsync<double>(y, s.Labels.AsMemory(start, n));
            await rowGroup.WriteAsync<double>(p, s.Scores.AsMemory(start, n));
            await rowGroup.WriteAsync<double>(pNull, nullable.AsMemory(start, n));
            await rowGroup.WriteAsync<int>(k, s.ClassLabels.AsMemory(start, n));
            for (var j = 0; j < 3; j++)
            {
                await rowGroup.WriteAsync<double>(c[j], s.ClassScore(j).AsMemory(start, n));
            }

            await rowGroup.WriteAsync<bool>(m, s.Mask.AsMemory(start, n));
            await rowGroup.WriteAsync<double>(w, s.Weights.AsMemory(start, n));
            await rowGroup.WriteAsync(g, s.Groups.AsSpan(start, n).ToArray());
            await rowGroup.WriteAsync<int>(gi, s.GroupIds.AsMemory(start, n));
        }
    }

    public static void WriteArrow(string path, Sample s, int partRows, bool stream)
    {
        var schema = new Schema.Builder()
            .Field(f => f.Name("y").DataType(DoubleType.Default).Nullable(false))
            .Field(f => f.Name("p").DataType(DoubleType.Default).Nullable(false))
            .Field(f => f.Name("p_null").DataType(DoubleType.Default).Nullable(true))
            .Field(f => f.Name("k").DataType(Int32Type.Default).Nullable(false))
            .Field(f => f.Name("c0").DataType(FloatType.Default).Nullable(false))
            .Field(f => f.Name("c1").DataType(DoubleType.Default).Nullable(false))
            .Field(f => f.Name("c2").DataType(DoubleType.Default).Nullable(false))
            .Field(f => f.Name("m").DataType(BooleanType.Default).Nullable(false))
            .Field(f => f.Name("w").DataType(DoubleType.Default).Nullable(false))
            .Field(f => f.Name("g").DataType(StringType.Default).Nullable(false))
            .Field(f => f.Name("gi").DataType(Int64Type.Default).Nullable(false))
            .Build();
        using var file = File.Create(path);
        using ArrowStreamWriter writer = stream ? new ArrowStreamWriter(file, schema) : new ArrowFileWriter(file, schema);
        var nullable = s.NullableScores();
        for (var start = 0; start < s.Rows; start += partRows)
        {
            var n = Math.Min(partRows, s.Rows - start);
            IArrowArray Doubles(IEnumerable<double> values) => new DoubleArray.Builder().AppendRange(values.Skip(start).Take(n)).Build();
            var pNull = new DoubleArray.Builder();
            foreach (var v in nullable.Skip(start).Take(n))
            {
                if (v is { } value)
                {
                    pNull.Append(value);
                }
                else
                {
                    pNull.AppendNull();
                }
            }

            var arrays = new IArrowArray[]
            {
                Doubles(s.Labels),
                Doubles(s.Scores),
                pNull.Build(),
                new Int32Array.Builder().AppendRange(s.ClassLabels.Skip(start).Take(n)).Build(),
                new FloatArray.Builder().AppendRange(s.ClassScore(0).Skip(start).Take(n).Select(v => (float)v)).Build(),
                Doubles(s.ClassScore(1)),
                Doubles(s.ClassScore(2)),
                new BooleanArray.Builder().AppendRange(s.Mask.Skip(start).Take(n)).Build(),
                Doubles(s.Weights),
                new StringArray.Builder().AppendRange(s.Groups.Skip(start).Take(n)).Build(),
                new Int64Array.Builder().AppendRange(s.GroupIds.Skip(start).Take(n).Select(v => (long)v)).Build(),
            };
            writer.WriteRecordBatch(new RecordBatch(schema, arrays, n));
        }

        writer.WriteEnd();
    }

    public static DataFrame Frame(Sample s) => new(
        new DoubleDataFrameColumn("y", s.Labels),
        new DoubleDataFrameColumn("p", s.Scores),
        new DoubleDataFrameColumn("p_null", s.NullableScores()),
        new Int32DataFrameColumn("k", s.ClassLabels),
        new SingleDataFrameColumn("c0", s.ClassScore(0).Select(v => (float)v)),
        new DoubleDataFrameColumn("c1", s.ClassScore(1)),
        new DoubleDataFrameColumn("c2", s.ClassScore(2)),
        new BooleanDataFrameColumn("m", s.Mask),
        new DoubleDataFrameColumn("w", s.Weights),
        new StringDataFrameColumn("g", s.Groups),
        new Int32DataFrameColumn("gi", s.GroupIds));
}
