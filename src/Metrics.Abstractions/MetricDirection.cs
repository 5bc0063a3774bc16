using System.Reflection;

namespace Metrics;

/// <summary>Reads the direction a metric declares with <see cref="HigherIsBetterAttribute"/>.</summary>
public static class MetricDirection
{
    /// <summary>Whether a higher value of <typeparamref name="TMetric"/> is better; null when it declares no direction.</summary>
    /// <typeparam name="TMetric">The metric type.</typeparam>
    public static bool? HigherIsBetter<TMetric>() => Declared<TMetric>.Value;

    /// <summary>Whether a higher value of <paramref name="metricType"/> is better; null when it declares no direction.</summary>
    /// <param name="metricType">The metric type.</param>
    /// <exception cref="ArgumentNullException"><paramref name="metricType"/> is null.</exception>
    public static bool? HigherIsBetter(Type metricType)
    {
        ArgumentNullException.ThrowIfNull(metricType);
        return metricType.GetCustomAttribute<HigherIsBetterAttribute>(inherit: false)?.Value;
    }

    private static class Declared<TMetric>
    {
        public static readonly bool? Value = typeof(TMetric).GetCustomAttribute<HigherIsBetterAttribute>(inherit: false)?.Value;
    }
}
