using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Metrics.Data.Tests;

/// <summary>
/// The CSV reader's numbers are <see cref="double.Parse(string, IFormatProvider)"/>'s to the bit, whether a cell takes
/// the plain-decimal fast path (at most 2⁵³ as digits, at most 22 after the point) or the full parser.
/// </summary>
public sealed class CsvNumberTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("csv-numbers-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static IEnumerable<string> Cells()
    {
        string[] edges =
        [
            "0", "-0", "1", "-1", "0.5", ".5", "-.5", "5.", "007", "0.1", "0.30000001", "9007199254740992", "9007199254740993",
            "-9007199254740993", "12345678901234567890", "0.1234567890123456789", "1e-5", "1E300", "-2.5e-310", "4.9e-324",
            "0.0000000000000000000001", "0.00000000000000000000001", "1.7976931348623157e308", " 0.25", "0.25 ",
            "123456789012345678901234567890", "3.141592653589793238462643383279", "+0.75", "Infinity", "-Infinity", "NaN",
        ];
        foreach (var cell in edges)
        {
            yield return cell;
        }

        var rng = new Random(15);
        for (var i = 0; i < 20_000; i++)
        {
            var single = (float)((rng.NextDouble() - 0.3) * Math.Pow(10, rng.Next(-12, 12)));
            yield return single.ToString("R", CultureInfo.InvariantCulture);
            var number = (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-25, 25));
            yield return number.ToString("R", CultureInfo.InvariantCulture);
            yield return number.ToString("F" + rng.Next(0, 24), CultureInfo.InvariantCulture);
            yield return (rng.NextInt64() >> rng.Next(0, 40)).ToString(CultureInfo.InvariantCulture);
        }
    }

    [Fact]
    public void Every_cell_is_the_full_parser_s_double()
    {
        var cells = Cells().ToArray();
        var path = Path.Combine(_directory, "numbers.csv");
        File.WriteAllLines(path, ["y,p", .. cells.Select(c => $"1,\"{c}\"")]);
        var read = new List<double>();
        var rows = new CsvDataSource(path, new ColumnMapping("y", "p"), chunkRows: 4096).ReadChunks((in DataChunk chunk) => read.AddRange(chunk.Predictions.ToArray()));

        Assert.Equal(cells.Length, rows);
        for (var i = 0; i < cells.Length; i++)
        {
            var expected = double.Parse(cells[i], NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.True(
                BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(read[i]),
                $"'{cells[i]}': read {read[i]:R}, double.Parse gives {expected:R}");
        }
    }

    [Theory]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("0x10")]
    [InlineData("1,5")]
    public void Text_that_is_not_a_number_is_refused(string cell)
    {
        var path = Path.Combine(_directory, "bad.csv");
        File.WriteAllLines(path, ["y,p", "1,0.5", $"0,\"{cell}\""]);
        var source = new CsvDataSource(path, new ColumnMapping("y", "p"));
        var e = Assert.Throws<DataFileException>(() => source.ReadChunks((in DataChunk _) => { }));
        Assert.Contains($"'{cell}' is not a number", e.Message, StringComparison.Ordinal);
        Assert.Contains("3", e.Message, StringComparison.Ordinal);
    }
}
