using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Metrics.Orleans.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans;
using Orleans.Hosting;

namespace Metrics.Orleans.Sample;

/// <summary>
/// Silos on localhost in this process, each its own host with its own TCP ports (chosen free), joined by Orleans'
/// development clustering (the first silo is the primary) and keeping evaluation state in memory grain storage.
/// Grain calls between silos go over the sockets, serialized as between machines.
/// </summary>
internal sealed class LocalCluster : IAsyncDisposable
{
    private readonly List<IHost> _silos;

    private LocalCluster(List<IHost> silos) => _silos = silos;

    /// <summary>A client of the cluster (the first silo's: calls from it go to grains on every silo).</summary>
    public IClusterClient Client => _silos[0].Services.GetRequiredService<IClusterClient>();

    /// <summary>The silos' endpoints, for messages.</summary>
    public IReadOnlyList<string> Endpoints { get; private init; } = [];

    /// <summary>Starts <paramref name="silos"/> silos, the primary first.</summary>
    /// <param name="silos">How many silos.</param>
    /// <param name="configure">More silo configuration (sources of rows), or null.</param>
    public static async Task<LocalCluster> StartAsync(int silos, Action<ISiloBuilder>? configure = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(silos, 1);
        var ports = FreePorts(2 * silos);
        var primary = new IPEndPoint(IPAddress.Loopback, ports[0]);
        var hosts = new List<IHost>();
        try
        {
            for (var i = 0; i < silos; i++)
            {
                var (siloPort, gatewayPort) = (ports[2 * i], ports[(2 * i) + 1]);
                var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
                // Warnings and errors only; the silo's start-up notes on ServerGC and the watchdog's first reading are noise here.
                builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning)
                    .AddFilter("Orleans.Runtime.Silo", LogLevel.Error).AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
                builder.UseOrleans(silo =>
                {
                    silo.UseLocalhostClustering(siloPort, gatewayPort, primary, serviceId: "metrics-sample", clusterId: "local");
                    silo.AddMetricsEvaluation();
                    silo.AddMemoryGrainStorage(new EvaluationOptions().StorageName);
                    configure?.Invoke(silo);
                });
                var host = builder.Build();
                hosts.Add(host);
                await host.StartAsync().ConfigureAwait(false);
            }
        }
        catch
        {
            await StopAsync(hosts).ConfigureAwait(false);
            throw;
        }

        return new LocalCluster(hosts) { Endpoints = [.. Enumerable.Range(0, silos).Select(i => $"127.0.0.1:{ports[2 * i]}")] };
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => new(StopAsync(_silos));

    // The secondaries leave first, so the primary (the membership of development clustering) sees them go.
    private static async Task StopAsync(List<IHost> hosts)
    {
        for (var i = hosts.Count - 1; i >= 0; i--)
        {
            await hosts[i].StopAsync().ConfigureAwait(false);
            hosts[i].Dispose();
        }

        hosts.Clear();
    }

    // Ports the system hands out now; all are held until every one is chosen, so they differ.
    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }
}
