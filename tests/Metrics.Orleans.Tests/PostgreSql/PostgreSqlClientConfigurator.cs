using Metrics.Orleans.Serialization;
using Microsoft.Extensions.Configuration;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace Metrics.Orleans.Tests.PostgreSql;

/// <summary>The PostgreSQL cluster's client: finds the gateways in the ADO.NET membership table; the metric codec.</summary>
public sealed class PostgreSqlClientConfigurator : IClientBuilderConfigurator
{
    /// <inheritdoc/>
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder)
    {
        clientBuilder.UseAdoNetClustering(options =>
        {
            options.Invariant = PostgreSqlDatabase.Invariant;
            options.ConnectionString = PostgreSqlDatabase.RequireConnectionString();
        });
        clientBuilder.Services.AddSerializer(serializer => serializer.AddMetrics());
    }
}
