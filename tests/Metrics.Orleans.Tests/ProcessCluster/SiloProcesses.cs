using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Metrics.Orleans.Serialization;
using Metrics.Orleans.SiloHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Serialization;

namespace Metrics.Orleans.Tests.ProcessCluster;

/// <summary>
/// Silos as separate OS processes on localhost (the first is the primary of development clustering), sharing a
/// temporary storage folder, and a client in this process that knows their gateways. Disposing kills every process
/// that still runs and deletes the folder, whatever happened before.
/// </summary>
internal sealed class SiloProcesses : IAsyncDisposable
{
    private static readonly TimeSpan Readiness = TimeSpan.FromSeconds(40);

    private readonly List<SiloProcess> _silos = [];
    private readonly string _storage = Directory.CreateTempSubdirectory("metrics-silos-").FullName;
    private IHost? _client;

    private SiloProcesses()
    {
    }

    /// <summary>The silos, the primary first.</summary>
    public IReadOnlyList<SiloProcess> Silos => _silos;

    /// <summary>The client.</summary>
    public IClusterClient Client => _client!.Services.GetRequiredService<IClusterClient>();

    /// <summary>Starts the primary, then the others at once, waits for each one's <c>ready</c>, then connects the client.</summary>
    public static async Task<SiloProcesses> StartAsync(int count)
    {
        var cluster = new SiloProcesses();
        try
        {
            var dll = SiloProcess.HostDll();
            var ports = FreePorts(2 * count);
            for (var i = 0; i < count; i++)
            {
                cluster._silos.Add(SiloProcess.Start(dll, ports[2 * i], ports[(2 * i) + 1], ports[0], cluster._storage));
                if (i == 0)
                {
                    await cluster._silos[0].WaitUntilReady(Readiness).ConfigureAwait(false);
                }
            }

            await Task.WhenAll(cluster._silos.Skip(1).Select(s => s.WaitUntilReady(Readiness))).ConfigureAwait(false);
            cluster._client = await StartClient([.. cluster._silos.Select(s => s.GatewayPort)]).ConfigureAwait(false);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Every silo's stderr, for failure messages.</summary>
    public string Errors() => string.Concat(_silos.Select(s => s.Errors()));

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            silo.Dispose();
        }

        if (_client is not null)
        {
            // The silos are gone: the client's stop must not wait for them.
            using var stop = new System.Threading.CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _client.StopAsync(stop.Token).ConfigureAwait(false);
            _client.Dispose();
        }

        Directory.Delete(_storage, recursive: true);
    }

    private static async Task<IHost> StartClient(int[] gatewayPorts)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client =>
        {
            client.UseStaticClustering([.. gatewayPorts.Select(port => new IPEndPoint(IPAddress.Loopback, port))]);
            client.Configure<ClusterOptions>(options => (options.ServiceId, options.ClusterId) = (ProcessSilo.ServiceId, ProcessSilo.ClusterId));
            // A call that a killed silo never answers fails in 20 s rather than Orleans' 30 s default (the test polls
            // again); long enough for a first call that activates grains on silos still starting up on a loaded machine.
            client.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = TimeSpan.FromSeconds(20));
            client.Services.AddSerializer(serializer => serializer.AddMetrics());
        });
        var host = builder.Build();
        await host.StartAsync().ConfigureAwait(false);
        return host;
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
