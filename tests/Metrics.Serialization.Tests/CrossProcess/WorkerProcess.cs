using System;
using System.Diagnostics;
using System.IO;

namespace Metrics.Serialization.Tests.CrossProcess;

/// <summary>Runs the worker (tests/Metrics.Serialization.Worker) in a process of its own.</summary>
internal static class WorkerProcess
{
    public static void Run(params string[] arguments)
    {
        var worker = Path.Combine(AppContext.BaseDirectory, "Metrics.Serialization.Worker.dll");
        Assert.True(File.Exists(worker), $"the worker is not next to the tests: {worker}");

        // Under `dotnet test` DOTNET_HOST_PATH names the dotnet that runs the tests; use the same one.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(worker);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"the worker did not finish: {string.Join(' ', arguments)}");
        Assert.True(process.ExitCode == 0, $"worker {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{output.Result}\n{errors.Result}");
    }
}
