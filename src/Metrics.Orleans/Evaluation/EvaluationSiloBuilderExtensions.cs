using Metrics.Orleans.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Serialization;

namespace Metrics.Orleans.Evaluation;

/// <summary>Adds the evaluation and worker grains and the metric codec to a silo.</summary>
public static class EvaluationSiloBuilderExtensions
{
    /// <summary>
    /// Adds the evaluation grains (their state goes to the grain storage named <see cref="EvaluationOptions.StorageName"/>,
    /// which the host registers: <c>AddMemoryGrainStorage("metrics")</c>, an ADO.NET storage, ...) and the metric codec.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">Changes the options, or null.</param>
    /// <returns>The same builder.</returns>
    public static ISiloBuilder AddMetricsEvaluation(this ISiloBuilder builder, Action<EvaluationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSerializer(serializer => serializer.AddMetrics().AddAssembly(typeof(EvaluationGrain).Assembly));
        var options = builder.Services.AddOptions<EvaluationOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        return builder;
    }
}
