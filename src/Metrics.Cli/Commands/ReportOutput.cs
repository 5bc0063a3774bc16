using System.CommandLine;
using Metrics.Cli.Reports;
using Spectre.Console;

namespace Metrics.Cli.Commands;

/// <summary>Shows a report on stdout and writes the files asked for: plots, JSON, Markdown; then lists what was written.</summary>
internal static class ReportOutput
{
    public static void Write(CliContext context, ParseResult parse, ReportOptions options, Report report, params string[] alreadyWritten)
    {
        var written = new System.Collections.Generic.List<string>(alreadyWritten);
        if (parse.GetValue(options.Plot) is { } plotDirectory)
        {
            var plots = new PlotWriter(plotDirectory.FullName, parse.GetValue(options.PlotFormat) ?? "png");
            plots.Write(report);
            written.AddRange(plots.Written);
            foreach (var reason in plots.Skipped)
            {
                context.Error.WriteLine($"metrics: {reason}");
            }
        }

        if (parse.GetValue(options.Json) is { } json)
        {
            JsonReport.Write(json.FullName, report);
            written.Add(json.FullName);
        }

        if (parse.GetValue(options.Markdown) is { } markdown)
        {
            MarkdownReport.Write(markdown.FullName, report);
            written.Add(markdown.FullName);
        }

        TableReport.Write(context.Console, report);
        foreach (var path in written)
        {
            var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
            context.Console.WriteLine($"wrote {(relative.StartsWith("..", System.StringComparison.Ordinal) ? path : relative)}");
        }
    }
}
