namespace Metrics.Cli.Tests;

public sealed class FormatTests
{
    private const string Metrics = "roc_auc,average_precision,f1_score(threshold=0.5),binary_accuracy,brier_score,binary_crossentropy";

    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    [InlineData("arrow")]
    public void Generated_files_of_every_format_give_the_library_values_per_group_and_in_total(string format)
    {
        using var scratch = new Scratch();
        var (header, rows) = SampleData.Read(SampleData.BreastCancer);
        var path = scratch["scores." + format];
        switch (format)
        {
            case "csv": SampleData.WriteCsv(path, header, rows); break;
            case "parquet": FormatFiles.WriteParquet(path, rows, 100); break;
            default: FormatFiles.WriteArrow(path, rows, 100); break;
        }

        var run = CliRun.Of("eval", path, "-y", "label", "-p", "probability", "--group-by", "fold", "-m", Metrics, "--chunk-rows", "64", "--json", scratch["report.json"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var report = JsonReports.Load(scratch["report.json"]);
        Assert.Equal(569, report.GetProperty("total").GetProperty("rows").GetInt64());
        var total = JsonReports.Values(report.GetProperty("total"));
        foreach (var (name, value) in SampleData.Evaluate(Metrics, rows, 0, 1).Compute())
        {
            Assert.Equal((double)value, total[name], 1e-15);
        }

        var groups = report.GetProperty("groups").EnumerateArray().ToArray();
        Assert.Equal<string>(["4", "0", "2", "3", "1"], groups.Select(g => g.GetProperty("key").GetString()!).ToList());
        var fold0 = JsonReports.Values(groups.Single(g => g.GetProperty("key").GetString() == "0"));
        foreach (var (name, value) in SampleData.Evaluate(Metrics, rows.Where(r => r[2] == 0), 0, 1).Compute())
        {
            Assert.Equal((double)value, fold0[name], 1e-15);
        }
    }
}
