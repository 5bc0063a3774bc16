using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Metrics.Benchmarks;

/// <summary>
/// One child process of the end-to-end benchmarks: an executable and its arguments, run to completion with stdout
/// captured. Every command the <c>data</c> group times is one of these (<see cref="DataCommands"/>), so swapping the
/// stand-in for the CLI changes one line.
/// </summary>
public sealed record ProcessRun(string Executable, IReadOnlyList<string> Arguments)
{
    /// <summary>Runs the command and returns its stdout.</summary>
    /// <exception cref="InvalidOperationException">The process cannot start or exits with a code other than 0 (its stderr in the message).</exception>
    public string Run()
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {this}");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"{this} exited with {process.ExitCode}: {error.Result.Trim()}");
    }

    /// <summary>The command as a shell would take it.</summary>
    public override string ToString() =>
        string.Join(' ', new[] { Executable }.Concat(Arguments).Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"'{a}'" : a));
}

/// <summary>The child processes of the <c>data</c> group.</summary>
public static class DataCommands
{
    /// <summary>pandas.read_csv + scikit-learn on the CSV (bench/python/sklearn_report.py).</summary>
    public static ProcessRun PandasSklearn(string csv) =>
        new("/usr/bin/python3", [Path.Combine(Options.RepositoryRoot(), "bench", "python", "sklearn_report.py"), csv]);

    /// <summary>
    /// Ours as a child process: the <c>metrics</c> tool (src/Metrics.Cli, built in Release with the benchmarks) on the
    /// file, the six values by registry name, the JSON report written to <see cref="CliReportPath"/>.
    /// </summary>
    public static ProcessRun Ours(string file) =>
        new("dotnet",
        [
            CliDll, "eval", file, "--labels", "label", "--predictions", "score",
            "--metrics", "binary_accuracy(threshold=0.5),precision(threshold=0.5),recall(threshold=0.5),f1_score(threshold=0.5),roc_auc,average_precision",
            "--json", CliReportPath(file),
        ]);

    /// <summary>Where <see cref="Ours"/> writes its JSON report of <paramref name="file"/>.</summary>
    public static string CliReportPath(string file) => Path.Combine(Path.GetTempPath(), "metrics-bench-" + Path.GetFileName(file) + ".json");

    /// <summary>The tool's build output.</summary>
    public static string CliDll =>
        Path.Combine(Options.RepositoryRoot(), "src", "Metrics.Cli", "bin", "Release", "net10.0", "Metrics.Cli.dll");
}
