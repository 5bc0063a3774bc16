using Spectre.Console;

namespace Metrics.Cli;

/// <summary>The <c>metrics</c> executable.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var capabilities = AnsiConsole.Profile.Capabilities;
        var showProgress = capabilities.Interactive && capabilities.Ansi && !Console.IsOutputRedirected;
        if (Console.IsOutputRedirected)
        {
            // A file or a pipe has no width: keep each table row on one line rather than wrapping it at 80 columns.
            AnsiConsole.Profile.Width = 240;
        }

        return Cli.Run(args, AnsiConsole.Console, Console.Out, Console.Error, showProgress);
    }
}
