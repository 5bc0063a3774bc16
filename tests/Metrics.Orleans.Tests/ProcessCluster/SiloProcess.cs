using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace Metrics.Orleans.Tests.ProcessCluster;

/// <summary>
/// One silo as its own OS process: <c>dotnet Metrics.Orleans.SiloHost.dll</c>, which prints <c>ready PORT</c> once its
/// silo has started. Its stderr (warnings and errors) is kept for failure messages.
/// </summary>
internal sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> _errors = new();

    private SiloProcess(Process process, int siloPort, int gatewayPort)
    {
        _process = process;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
    }

    /// <summary>The silo-to-silo port (a silo's address in Orleans' statistics).</summary>
    public int SiloPort { get; }

    /// <summary>The port clients connect to.</summary>
    public int GatewayPort { get; }

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts the process; <see cref="WaitUntilReady"/> waits for its silo.</summary>
    public static SiloProcess Start(string hostDll, int siloPort, int gatewayPort, int primaryPort, string storageFolder)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { hostDll, $"{siloPort}", $"{gatewayPort}", $"{primaryPort}", storageFolder })
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var silo = new SiloProcess(process, siloPort, gatewayPort);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.StartsWith("ready", StringComparison.Ordinal) == true)
            {
                silo._ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { } text)
            {
                silo._errors.Enqueue(text);
            }
        };
        process.Exited += (_, _) => silo._ready.TrySetException(
            new InvalidOperationException($"The silo on port {siloPort} exited with code {process.ExitCode} before it was ready.{silo.Errors()}"));
        if (!process.Start())
        {
            throw new InvalidOperationException($"`{start.FileName} {hostDll}` did not start.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return silo;
    }

    /// <summary>Waits for the <c>ready</c> line, failing with the silo's stderr after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilReady(TimeSpan timeout)
    {
        var finished = await Task.WhenAny(_ready.Task, Task.Delay(timeout)).ConfigureAwait(false);
        if (finished != _ready.Task)
        {
            throw new TimeoutException($"The silo on port {SiloPort} printed no 'ready' line within {timeout.TotalSeconds:F0} s.{Errors()}");
        }

        await _ready.Task.ConfigureAwait(false);
    }

    /// <summary>Kills the process (and any child of it) at once, as a machine dies: no leaving the cluster.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // It had exited already.
        }
    }

    /// <summary>What the silo wrote to stderr, for a failure message.</summary>
    public string Errors() => _errors.IsEmpty ? string.Empty : $"{Environment.NewLine}stderr of the silo on port {SiloPort}:{Environment.NewLine}{string.Join(Environment.NewLine, _errors)}";

    /// <summary>Kills the process if it still runs.</summary>
    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    /// <summary>The host's dll, built beside the tests (the test project references it without its assembly).</summary>
    public static string HostDll()
    {
        // .../tests/Metrics.Orleans.Tests/bin/CONFIGURATION/TFM/ -> .../tests/Metrics.Orleans.SiloHost/bin/CONFIGURATION/TFM/
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!;
        var tests = configuration.Parent!.Parent!.Parent!;
        var dll = Path.Combine(tests.FullName, "Metrics.Orleans.SiloHost", "bin", configuration.Name, output.Name, "Metrics.Orleans.SiloHost.dll");
        return File.Exists(dll)
            ? dll
            : throw new FileNotFoundException($"The silo host is not built at {dll}: build tests/Metrics.Orleans.Tests (it references the host), or tests/Metrics.Orleans.SiloHost.", dll);
    }
}
