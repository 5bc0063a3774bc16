namespace Metrics.Cli.Tests;

public sealed class BadInputTests
{
    public static TheoryData<string, string, string[]> BadFiles => new()
    {
        { "missing", "", ["no such file"] },
        { "column.csv", "label,p\n1,0.5\n", ["column 'probability'", "no such column"] },
        { "cell.csv", "label,probability\n1,0.5\n0,abc\n", ["row 3", "column 'probability'", "'abc' is not a number"] },
        { "ragged.csv", "label,probability\n1,0.5\n0\n", ["row 3", "fields"] },
        { "empty.csv", "", ["empty"] },
        { "empty.parquet", "", ["empty"] },
        { "empty.arrow", "", ["empty"] },
        { "header-only.csv", "label,probability\n", ["no data rows"] },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_data_file_exits_with_the_data_code_and_one_line_naming_file_row_and_column(string name, string content, string[] named)
    {
        using var scratch = new Scratch();
        var path = scratch[name];
        if (name != "missing")
        {
            File.WriteAllText(path, content);
        }

        var run = CliRun.Of("eval", path, "-y", "label", "-p", "probability", "-m", "roc_auc,mse", "--json", scratch["report.json"]);
        Assert.True(run.ExitCode == ExitCodes.Data, run.ToString());
        Assert.Contains(name, run.Error, StringComparison.Ordinal);
        foreach (var part in named)
        {
            Assert.Contains(part, run.Error, StringComparison.Ordinal);
        }

        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(scratch["report.json"]), "no report from a failed read");
    }

    [Theory]
    [InlineData("nope", "Unknown metric 'nope'")]
    [InlineData("f1_score(thresh=0.5)", "no parameter 'thresh'")]
    [InlineData("f1_score(threshold=high)", "threshold")]
    [InlineData("auc(num_thresholds=2.5)", "num_thresholds")]
    [InlineData("f1_score(threshold=0.5", "expected ',' or ')'")]
    [InlineData("roc_auc,,mse", "expected a metric name")]
    [InlineData("roc_auc,roc_auc", "roc_auc")]
    public void An_unknown_metric_or_argument_exits_with_the_usage_code(string metrics, string message)
    {
        var run = CliRun.Of("eval", SampleData.BreastCancer, "-y", "label", "-p", "probability", "-m", metrics);
        Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Bad_command_lines_exit_with_the_usage_code()
    {
        using var scratch = new Scratch();
        File.WriteAllText(scratch["bad.json"], """{"metrics": [{"name": "a", "class_name": "no_such_metric"}]}""");
        string[][] cases =
        [
            ["eval", SampleData.BreastCancer, "-p", "probability", "-m", "mse"],
            ["eval", SampleData.BreastCancer, "-y", "label", "-p", "probability"],
            ["eval", SampleData.BreastCancer, "-y", "label", "-p", "probability", "-m", "mse", "--config", scratch["bad.json"]],
            ["eval", SampleData.BreastCancer, "-y", "label", "-p", "probability", "--config", scratch["bad.json"]],
            ["eval", SampleData.BreastCancer, "-y", "label", "-p", "probability", "--config", scratch["none.json"]],
            ["eval", SampleData.BreastCancer, "-y", "label", "-p", "label", "-m", "mse"],
            ["eval", SampleData.BreastCancer, "-y", "label", "-p", "probability", "-m", "mse", "--chunk-rows", "0"],
            ["eval", SampleData.BreastCancer, "-y", "label", "-p", "probability", "-m", "mse", "--plot-format", "gif", "--plot", scratch.Path],
            ["eval", SampleData.BreastCancer, "-y", "label", "-p", "probability", "-m", "mse", "--no-such-option"],
            ["frobnicate"],
            [],
        ];
        foreach (var args in cases)
        {
            var run = CliRun.Of(args);
            Assert.True(run.ExitCode == ExitCodes.Usage, $"{string.Join(' ', args)}: {run}");
            Assert.Single(run.Error.TrimEnd().Split('\n'));
        }
    }

    [Fact]
    public void Verbose_adds_the_stack_trace()
    {
        var quiet = CliRun.Of("eval", "missing.csv", "-y", "label", "-p", "probability", "-m", "mse");
        var verbose = CliRun.Of("eval", "missing.csv", "-y", "label", "-p", "probability", "-m", "mse", "--verbose");
        Assert.Equal(ExitCodes.Data, verbose.ExitCode);
        Assert.DoesNotContain(" at ", quiet.Error, StringComparison.Ordinal);
        Assert.Contains(" at ", verbose.Error, StringComparison.Ordinal);
    }
}
