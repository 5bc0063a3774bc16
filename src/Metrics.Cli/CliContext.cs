using Spectre.Console;

namespace Metrics.Cli;

/// <summary>Where a command writes: the report console (stdout), the error writer (stderr), and whether a progress bar may be shown.</summary>
/// <param name="Console">The console the tables and the list of written files go to.</param>
/// <param name="Error">The writer for messages (one line per problem).</param>
/// <param name="ShowProgress">True when stdout is an interactive terminal that is not redirected.</param>
internal sealed record CliContext(IAnsiConsole Console, TextWriter Error, bool ShowProgress);
