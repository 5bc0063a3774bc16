using System;
using System.Threading.Tasks;
using Orleans.TestingHost;

namespace Metrics.Orleans.Tests.Cluster;

/// <summary>A cluster of three in-process silos (in-memory transport and clustering, shared test storage).</summary>
public sealed class ThreeSilos : IAsyncLifetime
{
    /// <summary>The cluster.</summary>
    public TestCluster Cluster { get; private set; } = null!;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(3);
        builder.Options.ConfigureFileLogging = false;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    /// <summary>A new evaluation id.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N");
}
