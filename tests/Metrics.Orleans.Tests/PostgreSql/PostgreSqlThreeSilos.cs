using System.Threading.Tasks;
using Orleans.TestingHost;

namespace Metrics.Orleans.Tests.PostgreSql;

/// <summary>
/// Three in-process silos whose membership table and evaluation storage are in PostgreSQL (Orleans' ADO.NET
/// providers), started only when a test needs it: with no database, the tests are skipped (or, when the database is
/// required, fail on its absence).
/// </summary>
public sealed class PostgreSqlThreeSilos : IAsyncLifetime
{
    /// <summary>The cluster; null when there is no database and none is required.</summary>
    public TestCluster? Cluster { get; private set; }

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        if (PostgreSqlDatabase.ConnectionString is null && !PostgreSqlDatabase.Required)
        {
            return;
        }

        PostgreSqlDatabase.RequireConnectionString();
        var builder = new TestClusterBuilder(3);
        builder.Options.ConfigureFileLogging = false;
        builder.Options.UseTestClusterMembership = false;
        builder.AddSiloBuilderConfigurator<PostgreSqlSiloConfigurator>();
        builder.AddClientBuilderConfigurator<PostgreSqlClientConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.StopAllSilosAsync();
            await Cluster.DisposeAsync();
        }
    }
}
