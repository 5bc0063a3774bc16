using System.Text.Json;

namespace Metrics.Cli.Tests;

public sealed class OutputTests
{
    [Theory]
    [InlineData("png")]
    [InlineData("svg")]
    public void Plot_writes_the_plots_the_metrics_allow_and_says_why_not_for_the_others(string format)
    {
        using var scratch = new Scratch();
        var run = CliRun.Of(
            "eval", SampleData.BreastCancer, "-y", "label", "-p", "probability", "--group-by", "fold",
            "-m", "roc_auc,average_precision,calibration_curve(num_bins=10),ece,auc(num_thresholds=50),precision_at_thresholds(thresholds=[0.25, 0.5, 0.75]),brier_score",
            "--plot", scratch["plots"], "--plot-format", format);
        Assert.True(run.ExitCode == 0, run.ToString());
        string[] expected =
        [
            "roc_auc-roc", "roc_auc-precision-recall", "average_precision-precision-recall", "calibration_curve_num_bins_10-reliability",
            "ece-reliability", "auc_num_thresholds_50-thresholds", "precision_at_thresholds_thresholds__0.25__0.5__0.75-thresholds",
        ];
        var written = Directory.GetFiles(scratch["plots"]).Select(p => Path.GetFileName(p)).Order().ToList();
        Assert.Equal<string>(expected.Select(e => $"{e}.{format}").Order().ToList(), written);
        foreach (var file in Directory.GetFiles(scratch["plots"]))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.True(bytes.Length > 2000, $"{file} has {bytes.Length} bytes");
            if (format == "png")
            {
                Assert.Equal<byte>([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            }
            else
            {
                Assert.Contains("<svg", File.ReadAllText(file), StringComparison.Ordinal);
            }

            Assert.Contains(Path.GetFileName(file), run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("brier_score", run.Error, StringComparison.Ordinal);
        Assert.Contains("calibration_curve or ece", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plot_that_cannot_be_made_is_explained()
    {
        using var scratch = new Scratch();
        File.WriteAllText(scratch["one-class.csv"], "label,p\n1,0.9\n1,0.4\n");
        var run = CliRun.Of("eval", scratch["one-class.csv"], "-y", "label", "-p", "p", "-m", "roc_auc,mse", "--plot", scratch["plots"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("roc_auc: no curve for total", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(scratch["plots"], "roc_auc-roc.*"));

        var none = CliRun.Of("eval", SampleData.Diabetes, "-y", "target", "-p", "prediction", "-m", "mse", "--plot", scratch["plots"]);
        Assert.Equal(0, none.ExitCode);
        Assert.Contains("No plot", none.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_and_json_reports_parse_with_a_row_per_metric_and_nan_as_a_string()
    {
        using var scratch = new Scratch();
        File.WriteAllText(scratch["a.csv"], "label,p\n1,0.9\n0,0.4\n");
        File.WriteAllText(scratch["b.csv"], "label,p\n1,0.8\n1,0.3\n");
        var run = CliRun.Of("eval", scratch["a.csv"], scratch["b.csv"], "-y", "label", "-p", "p", "-m", "roc_auc,precision(threshold=0.95),binary_counts,true_positives(thresholds=[0.1,0.5])", "--markdown", scratch["r.md"], "--json", scratch["r.json"]);
        Assert.True(run.ExitCode == 0, run.ToString());

        var lines = File.ReadAllLines(scratch["r.md"]).Where(l => l.StartsWith('|')).ToArray();
        Assert.Equal(2 + 1 + 4, lines.Length);
        Assert.All(lines, l => Assert.Equal(4 + 1, l.Count(c => c == '|') - l.Split("\\|").Length + 1));
        Assert.Equal("| metric | a.csv | b.csv | total |", lines[0]);
        Assert.Contains("| roc_auc | 1 | NaN | ", lines[3], StringComparison.Ordinal);

        var json = JsonReports.Load(scratch["r.json"]);
        var files = json.GetProperty("files").EnumerateArray().ToArray();
        Assert.Equal("NaN", files[1].GetProperty("values").GetProperty("roc_auc").GetString());
        Assert.Equal(3, json.GetProperty("total").GetProperty("values").GetProperty("binary_counts").GetProperty("true_positives").GetDouble());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("total").GetProperty("values").GetProperty("true_positives(thresholds=[0.1,0.5])").ValueKind);
        Assert.Equal("label", json.GetProperty("columns").GetProperty("labels").GetString());
        var config = CollectionConfig.FromJson(json.GetProperty("config").GetRawText());
        Assert.Equal(4, config.Members.Count);
    }

    [Fact]
    public void Many_groups_go_down_the_rows()
    {
        using var scratch = new Scratch();
        var lines = new List<string> { "label,p,g" };
        for (var i = 0; i < 40; i++)
        {
            lines.Add($"{i % 2},{(i % 7) / 7.0},{i % 8}");
        }

        File.WriteAllLines(scratch["g.csv"], lines);
        var run = CliRun.Of("eval", scratch["g.csv"], "-y", "label", "-p", "p", "--group-by", "g", "-m", "mse,mae", "--markdown", scratch["g.md"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var table = File.ReadAllLines(scratch["g.md"]).Where(l => l.StartsWith('|')).ToArray();
        Assert.Equal("|  | rows | mse | mae |", table[0]);
        Assert.Equal(2 + 8 + 1, table.Length);
        Assert.StartsWith("| g=0 | 5 | ", table[2], StringComparison.Ordinal);
    }

    [Fact]
    public void List_shows_the_metrics_with_their_names_and_parameters()
    {
        var run = CliRun.Of("list");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("roc_auc", run.Output, StringComparison.Ordinal);
        Assert.Contains("num_thresholds=200", run.Output, StringComparison.Ordinal);
        Assert.Contains("num_classes (required)", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("dot_product", run.Output, StringComparison.Ordinal);

        // Keras' precision and flax-metrics' are one type with other defaults: two rows.
        Assert.Contains("flax_precision", run.Output, StringComparison.Ordinal);
        Assert.Contains("flax_accuracy", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("eval", "--help")]
    [InlineData("merge", "--help")]
    public void Help_has_examples_and_the_exit_codes(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Output, StringComparison.Ordinal);
        Assert.Contains("metrics ", run.Output, StringComparison.Ordinal);
        if (args.Length == 1)
        {
            Assert.Contains("3 data", run.Output, StringComparison.Ordinal);
        }
    }
}
