using System.CommandLine;

namespace Metrics.Cli.Commands;

/// <summary>The output options <c>eval</c> and <c>merge</c> share: the JSON and Markdown reports and the plots.</summary>
internal sealed class ReportOptions
{
    public Option<FileInfo> Json { get; } = new("--json") { Description = "Write the report as JSON to this file (every value in full, and the configuration to re-run it).", HelpName = "FILE" };

    public Option<FileInfo> Markdown { get; } = new("--markdown") { Description = "Write the report as a Markdown table to this file.", HelpName = "FILE" };

    public Option<DirectoryInfo> Plot { get; } = new("--plot") { Description = "Write the plots the metrics allow (ROC, precision-recall, confusion matrix, reliability, thresholds) into this directory.", HelpName = "DIR" };

    public Option<string> PlotFormat { get; } = new Option<string>("--plot-format") { Description = "The plots' format.", DefaultValueFactory = _ => "png" }.AcceptOnlyFromAmong("png", "svg");

    public void AddTo(Command command)
    {
        command.Options.Add(Json);
        command.Options.Add(Markdown);
        command.Options.Add(Plot);
        command.Options.Add(PlotFormat);
    }
}
