using System.CommandLine;
using System.CommandLine.Invocation;
using Metrics.Cli.Commands;
using Metrics.Data;
using Spectre.Console;

namespace Metrics.Cli;

/// <summary>
/// The <c>metrics</c> tool's entry point, callable in-process: parses the arguments, runs the command, and turns every
/// failure into one line on the error writer and an exit code from <see cref="ExitCodes"/>.
/// </summary>
public static class Cli
{
    private const string Description = """
        Evaluates ML predictions in CSV, Parquet and Arrow files with Metrics.Dsl metrics: a table on the terminal,
        JSON and Markdown reports, plots, and states that merge across machines.

        Exit codes: 0 ok; 1 unexpected error; 2 usage (bad option, unknown metric or argument, bad configuration file);
        3 data (missing or unreadable file, missing column, non-numeric cell, ragged row, empty file);
        4 state (missing, corrupt or mismatched state file). Errors are one line on stderr (--verbose adds the stack trace).

        Examples:
          metrics eval scores.csv --labels label --predictions probability --metrics "roc_auc,f1_score(threshold=0.5)"
          metrics eval a.parquet b.parquet -y label -p probability --config metrics.json --json report.json --plot plots
          metrics merge states/*.mdsc --markdown report.md
          metrics list
        """;

    /// <summary>Runs the tool, writing the report to <paramref name="output"/> (no colors, no progress) and messages to <paramref name="error"/>.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="output">Where the tables and the list of written files go.</param>
    /// <param name="error">Where messages go.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;
        return Run(args, console, output, error, showProgress: false);
    }

    /// <summary>Runs the tool on a Spectre console.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="console">Where the tables, the progress bar and the list of written files go.</param>
    /// <param name="output">Where the help text goes (the same stream as <paramref name="console"/>).</param>
    /// <param name="error">Where messages go.</param>
    /// <param name="showProgress">Whether a progress bar may be shown (an interactive terminal, output not redirected).</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, IAnsiConsole console, TextWriter output, TextWriter error, bool showProgress)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var context = new CliContext(console, error, showProgress);
        var verbose = new Option<bool>("--verbose") { Description = "Show the stack trace of a failure.", Recursive = true };
        var root = new RootCommand(Description) { EvalCommand.Create(context), MergeCommand.Create(context), ListCommand.Create(context) };
        root.Options.Add(verbose);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
        {
            var command = parse.CommandResult.Command == root ? "metrics" : $"metrics {parse.CommandResult.Command.Name}";
            error.WriteLine($"metrics: {OneLine(parse.Errors[0].Message)} (see {command} --help)");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            var (code, message) = Classify(e);
            error.WriteLine($"metrics: {OneLine(message)}");
            if (parse.GetValue(verbose))
            {
                error.WriteLine(e.ToString());
            }

            return code;
        }
    }

    private static (int Code, string Message) Classify(Exception e) => e switch
    {
        CliException cli => (cli.ExitCode, cli.Message),
        DataFileException data => (ExitCodes.Data, data.Message),
        MetricStateException state => (ExitCodes.State, state.Message),
        _ => (ExitCodes.Unexpected, $"unexpected error: {e.GetType().Name}: {e.Message}"),
    };

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
}
