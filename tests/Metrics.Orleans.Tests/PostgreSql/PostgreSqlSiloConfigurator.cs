using Metrics.Orleans.Evaluation;
using Metrics.Orleans.Tests.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Metrics.Orleans.Tests.PostgreSql;

/// <summary>A test silo whose membership and evaluation storage are Orleans' ADO.NET providers on PostgreSQL.</summary>
public sealed class PostgreSqlSiloConfigurator : ISiloConfigurator
{
    /// <inheritdoc/>
    public void Configure(ISiloBuilder siloBuilder)
    {
        var connectionString = PostgreSqlDatabase.RequireConnectionString();
        siloBuilder.AddMetricsEvaluation();
        siloBuilder.UseFastFailureDetection();
        siloBuilder.UseAdoNetClustering(options =>
        {
            options.Invariant = PostgreSqlDatabase.Invariant;
            options.ConnectionString = connectionString;
        });
        siloBuilder.AddAdoNetGrainStorage(new EvaluationOptions().StorageName, options =>
        {
            options.Invariant = PostgreSqlDatabase.Invariant;
            options.ConnectionString = connectionString;
        });

        // Orleans' binary serializer (the evaluation state is [GenerateSerializer]) rather than the providers' JSON default.
        siloBuilder.Services.AddOptions<AdoNetGrainStorageOptions>(new EvaluationOptions().StorageName)
            .Configure<Serializer>((options, serializer) => options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
        siloBuilder.Services.AddKeyedSingleton<IShardSource, GeneratedRows>(GeneratedRows.Name);
    }
}
