using System.IO.Hashing;
using System.Text;

namespace Metrics;

/// <summary>
/// What the format needs of a metric type, computed once per type so that writing and reading allocate nothing: the
/// hash of its state layout and its registry name in UTF-8.
/// </summary>
/// <typeparam name="TMetric">The metric type.</typeparam>
internal static class LayoutCache<TMetric>
    where TMetric : struct, IPersistentMetric<TMetric>
{
    /// <summary>XxHash3 of the UTF-8 <see cref="IPersistentMetric{TSelf}.StateLayout"/>.</summary>
    public static readonly ulong LayoutHash = XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(TMetric.StateLayout));

    /// <summary>The registry name in UTF-8, as the header stores it.</summary>
    public static readonly byte[] Name = Encoding.UTF8.GetBytes(TMetric.MetricName);
}
