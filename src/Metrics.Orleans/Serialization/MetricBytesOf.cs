namespace Metrics.Orleans.Serialization;

/// <summary>The binary state of <typeparamref name="TMetric"/>.</summary>
/// <typeparam name="TMetric">The metric type.</typeparam>
internal sealed class MetricBytes<TMetric> : MetricBytes
    where TMetric : struct, IPersistentMetric<TMetric>
{
    /// <inheritdoc/>
    public override Type Type => typeof(TMetric);

    /// <inheritdoc/>
    public override byte[] ToBytes(object metric) => MetricState.ToBytes((TMetric)metric);

    /// <inheritdoc/>
    public override object Read(ReadOnlySpan<byte> bytes) => MetricState.Read<TMetric>(bytes);
}
