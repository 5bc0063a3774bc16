using System.Reflection;

namespace Metrics;

/// <summary>
/// Whether a metric's updates take sample weights: as the generator decides it, every summed state field must hold
/// a fractional value (a <c>[Sum] long</c> counter cannot carry a weight). Read once per metric type.
/// </summary>
/// <typeparam name="TMetric">The metric type.</typeparam>
internal static class WeightSupport<TMetric>
{
    /// <summary>Whether the metric takes sample weights.</summary>
    public static readonly bool Accepted = Find();

    private static bool Find()
    {
        foreach (var field in typeof(TMetric).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (field.FieldType == typeof(long) && field.IsDefined(typeof(SumAttribute), inherit: false))
            {
                return false;
            }
        }

        return true;
    }
}
