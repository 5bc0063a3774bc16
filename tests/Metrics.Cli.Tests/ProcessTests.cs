using System.Diagnostics;

namespace Metrics.Cli.Tests;

/// <summary>The built tool run as its own process (<c>dotnet Metrics.Cli.dll</c>), output redirected as in a script.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void The_built_tool_reports_plots_and_exits_with_its_codes()
    {
        using var scratch = new Scratch();
        var ok = Run("eval", SampleData.BreastCancer, "--labels", "label", "--predictions", "probability", "--metrics", "roc_auc,f1_score(threshold=0.5)", "--plot", scratch["plots"], "--json", scratch["r.json"]);
        Assert.True(ok.ExitCode == 0, ok.ToString());
        Assert.Contains("roc_auc", ok.Output, StringComparison.Ordinal);
        Assert.Contains("0.994318", ok.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', ok.Output);
        Assert.Equal("", ok.Error);
        Assert.True(new FileInfo(Path.Combine(scratch["plots"], "roc_auc-roc.png")).Length > 2000);
        Assert.Equal(0.994318482109825, JsonReports.Values(JsonReports.Load(scratch["r.json"]).GetProperty("total"))["roc_auc"], 1e-12);

        File.WriteAllText(scratch["bad.csv"], "label,probability\n1,0.5\n0,x\n");
        var bad = Run("eval", scratch["bad.csv"], "-y", "label", "-p", "probability", "-m", "roc_auc");
        Assert.Equal(ExitCodes.Data, bad.ExitCode);
        Assert.Contains("bad.csv, row 3, column 'probability'", bad.Error, StringComparison.Ordinal);
        Assert.Equal("", bad.Output);

        var usage = Run("eval", SampleData.BreastCancer, "-y", "label", "-p", "probability", "-m", "roc_auc(bogus=1)");
        Assert.Equal(ExitCodes.Usage, usage.ExitCode);
    }

    private static CliRun Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Metrics.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output, error.Result);
    }
}
