using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;
using Orleans.Serialization.Serializers;

namespace Metrics.Orleans.Serialization;

/// <summary>Registers <see cref="MetricCodec"/> with an Orleans serializer.</summary>
public static class MetricSerializerBuilderExtensions
{
    /// <summary>
    /// Lets every metric (built-in or user-declared <c>[Metric]</c>) and every <see cref="MetricCollection"/> travel in
    /// grain calls and grain state, as its binary state. Call it on silos and clients alike
    /// (<c>siloBuilder.Services.AddSerializer(s => s.AddMetrics())</c>); calling it twice registers the codec once.
    /// </summary>
    /// <param name="builder">The serializer builder.</param>
    /// <returns>The same builder.</returns>
    public static ISerializerBuilder AddMetrics(this ISerializerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(MetricCodec))
            {
                return builder;
            }
        }

        services.AddSingleton<MetricCodec>();
        services.AddSingleton<IGeneralizedCodec>(provider => provider.GetRequiredService<MetricCodec>());
        services.AddSingleton<IGeneralizedCopier>(provider => provider.GetRequiredService<MetricCodec>());
        services.AddSingleton<ITypeFilter>(provider => provider.GetRequiredService<MetricCodec>());
        builder.Configure(options => options.WellKnownTypeAliases[MetricCodec.WellKnownAlias] = typeof(MetricCodec));
        return builder;
    }
}
