using System;
using System.IO;
using System.Linq;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using Microsoft.Data.Analysis;
using Parquet;
using Parquet.Schema;

namespace Metrics.Data.Tests;

/// <summary>Every way a source can be wrong ends in a <see cref="DataFileException"/> naming source, row and column.</summary>
public sealed class BadFileTests
{
    private static readonly ColumnMapping Binary = new("y", "p");

    [Fact]
    public void Csv_non_numeric_cell_names_the_spreadsheet_row_the_column_and_the_value()
    {
        var path = Csv("y,p\n1,0.9\n0,0.2\n1,abc\n0,0.1\n");
        var e = Assert.Throws<DataFileException>(() => new CsvDataSource(path, Binary).Evaluate(new MetricCollection("mse")));
        Assert.Equal(path, e.Source);
        Assert.Equal(4, e.Row);
        Assert.Equal("p", e.Column);
        Assert.Contains("'abc' is not a number", e.Message, StringComparison.Ordinal);
        Assert.Contains($"{path}, row 4, column 'p'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_decimal_comma_is_not_a_number()
    {
        var e = Assert.Throws<DataFileException>(() => new CsvDataSource(Csv("y;p\n1;0,9\n"), Binary, ';').Evaluate(new MetricCollection("mse")));
        Assert.Equal((2L, "p"), (e.Row!.Value, e.Column));
    }

    [Fact]
    public void Csv_empty_cell_is_named()
    {
        var e = Assert.Throws<DataFileException>(() => new CsvDataSource(Csv("y,p\n1,0.9\n,0.2\n"), Binary).Evaluate(new MetricCollection("mse")));
        Assert.Equal((3L, "y"), (e.Row!.Value, e.Column));
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("y,p\n1,0.9\n0\n1,0.5\n", 3, 1)]
    [InlineData("y,p\n1,0.9\n0,0.2\n1,0.5,7\n", 4, 3)]
    public void Csv_ragged_row_is_named(string text, long row, int fields)
    {
        var e = Assert.Throws<DataFileException>(() => new CsvDataSource(Csv(text), Binary).Evaluate(new MetricCollection("mse")));
        Assert.Equal(row, e.Row);
        Assert.Contains($"has {fields} fields and the header 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_missing_column_lists_the_columns()
    {
        var e = Assert.Throws<DataFileException>(() => new CsvDataSource(Csv("y,score\n1,0.9\n"), Binary).Evaluate(new MetricCollection("mse")));
        Assert.Equal((1L, "p"), (e.Row!.Value, e.Column));
        Assert.Contains("the columns are y, score", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_empty_file_and_header_only_file_are_refused()
    {
        var empty = Assert.Throws<DataFileException>(() => new CsvDataSource(Csv(""), Binary).Evaluate(new MetricCollection("mse")));
        Assert.Contains("empty", empty.Message, StringComparison.Ordinal);
        var headerOnly = Assert.Throws<DataFileException>(() => new CsvDataSource(Csv("y,p\n"), Binary).Evaluate(new MetricCollection("mse")));
        Assert.Contains("no data rows", headerOnly.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_mask_cell_that_is_not_a_flag_is_named()
    {
        var e = Assert.Throws<DataFileException>(() =>
            new CsvDataSource(Csv("y,p,m\n1,0.9,true\n0,0.2,maybe\n"), Binary with { Mask = "m" }).Evaluate(new MetricCollection("mse")));
        Assert.Equal((3L, "m"), (e.Row!.Value, e.Column));
        Assert.Contains("'maybe' is not a mask value", e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> BinaryFormats() => new("parquet", "arrow", "arrows", "feather", "dataframe");

    [Theory]
    [MemberData(nameof(BinaryFormats))]
    public void Missing_column_lists_the_columns(string format)
    {
        var e = Assert.Throws<DataFileException>(() => Tiny(format, new ColumnMapping("y", "score")).Evaluate(new MetricCollection("mse")));
        Assert.Equal("score", e.Column);
        Assert.Contains("the columns are y, p, g, m2", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BinaryFormats))]
    public void Text_column_mapped_as_numbers_is_the_wrong_type(string format)
    {
        var e = Assert.Throws<DataFileException>(() => Tiny(format, new ColumnMapping("y", "g")).Evaluate(new MetricCollection("mse")));
        Assert.Equal("g", e.Column);
        Assert.Contains("a number is needed", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BinaryFormats))]
    public void Floating_group_column_is_the_wrong_type(string format)
    {
        var e = Assert.Throws<DataFileException>(() =>
            Tiny(format, new ColumnMapping("y", "m2") { Group = "p" }).EvaluateByGroup(new MetricCollection("mse")));
        Assert.Equal("p", e.Column);
        Assert.Contains("a group key is a string or an integer", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BinaryFormats))]
    public void Mask_value_other_than_0_or_1_names_its_row(string format)
    {
        var e = Assert.Throws<DataFileException>(() => Tiny(format, Binary with { Mask = "m2" }).Evaluate(new MetricCollection("mse")));
        Assert.Equal((3L, "m2"), (e.Row!.Value, e.Column));
        Assert.Contains("2 is not a mask value", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parquet")]
    [InlineData("arrow")]
    [InlineData("feather")]
    public void Empty_file_is_refused(string extension)
    {
        var path = Path.Combine(SampleFiles.Directory(), "empty." + extension);
        File.WriteAllBytes(path, []);
        var e = Assert.Throws<DataFileException>(() => MetricDataSource.Open(path, Binary).Evaluate(new MetricCollection("mse")));
        Assert.Equal(path, e.Source);
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parquet")]
    [InlineData("arrow")]
    [InlineData("arrows")]
    public void File_that_is_not_of_its_format_is_refused(string extension)
    {
        var path = Path.Combine(SampleFiles.Directory(), "text." + extension);
        File.WriteAllText(path, "y,p\n1,0.5\n0,0.25\n1,0.75\n0,0.5\n1,0.5\n");
        var e = Assert.Throws<DataFileException>(() => MetricDataSource.Open(path, Binary).Evaluate(new MetricCollection("mse")));
        Assert.Equal(path, e.Source);
        Assert.Contains("not a readable", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_arrow_file_is_refused()
    {
        var whole = Path.Combine(SampleFiles.Directory(), "whole.arrow");
        SampleFiles.WriteArrow(whole, new Sample(100), 50, stream: false);
        var bytes = File.ReadAllBytes(whole);
        var cut = Path.Combine(SampleFiles.Directory(), "cut.arrow");
        File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);
        Assert.Throws<DataFileException>(() => MetricDataSource.Open(cut, Binary).Evaluate(new MetricCollection("mse")));
    }

    [Fact]
    public void Empty_data_frame_is_refused()
    {
        var frame = new DataFrame(new DoubleDataFrameColumn("y", 0), new DoubleDataFrameColumn("p", 0));
        var e = Assert.Throws<DataFileException>(() => new DataFrameDataSource(frame, Binary).Evaluate(new MetricCollection("mse")));
        Assert.Contains("no rows", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    [InlineData("arrow")]
    [InlineData("dataframe")]
    public void Values_a_metric_rejects_name_the_source_and_rows(string format)
    {
        var sample = new Sample(300);
        sample.Labels[250] = 0.5;
        var source = SampleFiles.Source(format, sample, new ColumnMapping("y", "c0", "c1", "c2"), chunkRows: 100, partRows: 100);
        var e = Assert.Throws<DataFileException>(() => source.Evaluate(new MetricCollection("sparse_categorical_accuracy")));
        Assert.Contains("data rows 201-300", e.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentException>(e.InnerException, exactMatch: false);
    }

    [Fact]
    public void Mapping_and_opening_mistakes_are_argument_errors()
    {
        Assert.Throws<ArgumentException>(() => new ColumnMapping("y", "y"));
        Assert.Throws<ArgumentException>(() => new ColumnMapping("y", "p") { Weights = "p" });
        Assert.Throws<ArgumentException>(() => new ColumnMapping("y"));
        Assert.Throws<ArgumentException>(() => new ColumnMapping("y", "p") { Mask = " " });
        var e = Assert.Throws<ArgumentException>(() => MetricDataSource.Open("scores.xlsx", Binary));
        Assert.Contains(".xlsx", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new CsvDataSource(Csv("y,p\n1,0.5\n"), Binary).EvaluateByGroup(new MetricCollection("mse")));
    }

    private static string Csv(string text)
    {
        var path = Path.Combine(SampleFiles.Directory(), "bad.csv");
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Four rows: y, p (double), g (string), m2 (int: 1, 0, 2, 1).</summary>
    private static MetricDataSource Tiny(string format, ColumnMapping mapping)
    {
        double[] y = [1, 0, 1, 0];
        double[] p = [0.9, 0.2, 0.6, 0.4];
        string[] g = ["a", "b", "a", "b"];
        int[] m2 = [1, 0, 2, 1];
        if (format == "dataframe")
        {
            return new DataFrameDataSource(
                new DataFrame(new DoubleDataFrameColumn("y", y), new DoubleDataFrameColumn("p", p), new StringDataFrameColumn("g", g), new Int32DataFrameColumn("m2", m2)),
                mapping);
        }

        var path = Path.Combine(SampleFiles.Directory(), "tiny." + format);
        if (format == "parquet")
        {
            WriteTinyParquet(path, y, p, g, m2).GetAwaiter().GetResult();
        }
        else
        {
            var schema = new Schema.Builder()
                .Field(f => f.Name("y").DataType(DoubleType.Default))
                .Field(f => f.Name("p").DataType(DoubleType.Default))
                .Field(f => f.Name("g").DataType(StringType.Default))
                .Field(f => f.Name("m2").DataType(Int32Type.Default))
                .Build();
            using var file = File.Create(path);
            using ArrowStreamWriter writer = format == "arrows" ? new ArrowStreamWriter(file, schema) : new ArrowFileWriter(file, schema);
            writer.WriteRecordBatch(new RecordBatch(
                schema,
                [
                    new DoubleArray.Builder().AppendRange(y).Build(),
                    new DoubleArray.Builder().AppendRange(p).Build(),
                    new StringArray.Builder().AppendRange(g).Build(),
                    new Int32Array.Builder().AppendRange(m2).Build(),
                ],
                y.Length));
            writer.WriteEnd();
        }

        return MetricDataSource.Open(path, mapping);
    }

    private static async System.Threading.Tasks.Task WriteTinyParquet(string path, double[] y, double[] p, string[] g, int[] m2)
    {
        var fy = new DataField<double>("y");
        var fp = new DataField<double>("p");
        var fg = new DataField<string>("g");
        var fm = new DataField<int>("m2");
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fy, fp, fg, fm), stream);
        using var rowGroup = writer.CreateRowGroup();
        await rowGroup.WriteAsync<double>(fy, y);
        await rowGroup.WriteAsync<double>(fp, p);
        await rowGroup.WriteAsync(fg, g);
        await rowGroup.WriteAsync<int>(fm, m2);
    }
}
