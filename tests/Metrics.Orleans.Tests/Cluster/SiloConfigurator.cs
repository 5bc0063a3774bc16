using Metrics.Orleans.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Metrics.Orleans.Tests.Cluster;

/// <summary>Every test silo: the evaluation grains, their storage and the generated source.</summary>
public sealed class SiloConfigurator : ISiloConfigurator
{
    /// <inheritdoc/>
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.AddMetricsEvaluation();
        siloBuilder.UseFastFailureDetection();
        siloBuilder.Services.AddKeyedSingleton<IGrainStorage>(
            new EvaluationOptions().StorageName, (services, _) => ActivatorUtilities.CreateInstance<SharedGrainStorage>(services));
        siloBuilder.Services.AddKeyedSingleton<IShardSource, GeneratedRows>(GeneratedRows.Name);
    }
}
