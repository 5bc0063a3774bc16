using System.Collections.Concurrent;
using System.Linq;

namespace Metrics.Orleans.Serialization;

/// <summary>
/// Writes and reads the binary state (<see cref="MetricState"/>) of one metric type known only at run time, as
/// Orleans hands values to a codec: boxed, with their <see cref="Type"/>.
/// </summary>
internal abstract class MetricBytes
{
    private static readonly ConcurrentDictionary<Type, MetricBytes?> ByType = new();

    /// <summary>The metric type.</summary>
    public abstract Type Type { get; }

    /// <summary>The instance for <paramref name="type"/>, or null when it is not a persistent metric.</summary>
    public static MetricBytes? For(Type type) => ByType.GetOrAdd(type, Create);

    /// <summary>The binary state of <paramref name="metric"/>, a boxed metric of <see cref="Type"/>.</summary>
    public abstract byte[] ToBytes(object metric);

    /// <summary>The metric the bytes hold, boxed.</summary>
    public abstract object Read(ReadOnlySpan<byte> bytes);

    // A metric is a struct implementing IPersistentMetric<itself>; MakeGenericType would throw for anything else.
    private static MetricBytes? Create(Type type)
    {
        var persistent = type.IsValueType && !type.IsGenericTypeDefinition && type.GetInterfaces().Any(i =>
            i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IPersistentMetric<>) && i.GenericTypeArguments[0] == type);
        return persistent ? (MetricBytes)Activator.CreateInstance(typeof(MetricBytes<>).MakeGenericType(type))! : null;
    }
}
