using Metrics.Orleans.Serialization;
using Microsoft.Extensions.Configuration;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace Metrics.Orleans.Tests.Cluster;

/// <summary>The test cluster's client: the metric codec.</summary>
public sealed class ClientConfigurator : IClientBuilderConfigurator
{
    /// <inheritdoc/>
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
        clientBuilder.Services.AddSerializer(serializer => serializer.AddMetrics());
}
