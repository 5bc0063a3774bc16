namespace Metrics.Generators;

/// <summary>Names of the incremental pipeline steps, for caching tests.</summary>
public static class TrackingNames
{
    /// <summary>The step that turns each <c>[Metric]</c> declaration into a model, a constructor-only skeleton or diagnostics.</summary>
    public const string MetricModels = nameof(MetricModels);

    /// <summary>The step that keeps only the supported declarations' models.</summary>
    public const string SupportedMetrics = nameof(SupportedMetrics);
}
