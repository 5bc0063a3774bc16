using System;
using System.Buffers;
using System.Collections;
using System.IO;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Xunit;

namespace Metrics.Serialization.Tests.Binary;

/// <summary>Writes a metric, reads it back through every entry point and checks that nothing changed.</summary>
internal static class RoundTrip
{
    /// <summary>Checks the round trip of a boxed metric of any type.</summary>
    public static void Check(object metric) => Invoke(nameof(CheckTyped), metric);

    /// <summary>Calls a generic method of this class (or <paramref name="owner"/>) with the metric's type.</summary>
    public static object? Invoke(string method, object metric, Type? owner = null, params object[] more)
    {
        var generic = (owner ?? typeof(RoundTrip)).GetMethod(method, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(metric.GetType());
        try
        {
            return generic.Invoke(null, [metric, .. more]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    /// <summary>
    /// Writes <paramref name="metric"/>, reads it back (self-describing, into an empty metric, from a stream) and
    /// checks equality, equal results, equal bytes on re-write, and that the state was not empty to begin with.
    /// </summary>
    public static void CheckTyped<TMetric>(TMetric metric)
        where TMetric : struct, IPersistentMetric<TMetric>
    {
        Assert.NotEqual(metric.Empty(), metric);
        var bytes = MetricState.ToBytes(metric);
        Assert.Equal(bytes.Length, MetricState.GetByteCount(metric));

        var read = MetricState.Read<TMetric>(bytes);
        Assert.Equal(metric, read);
        Assert.True(metric.HasSameParameters(read));
        Assert.True(SameResult(Compute(metric), Compute(read)), $"{TMetric.MetricName}: Compute() differs after the round trip");
        Assert.Equal(bytes, MetricState.ToBytes(read));
        Assert.Equal(metric.Merge(metric), read.Merge(read));

        var into = metric.Empty();
        MetricState.ReadInto(bytes, ref into);
        Assert.Equal(metric, into);

        var output = new ArrayBufferWriter<byte>();
        MetricState.Write(metric, output);
        Assert.Equal(bytes, output.WrittenSpan.ToArray());

        using var stream = new MemoryStream();
        MetricState.Write(metric, stream);
        MetricState.Write(metric.Empty(), stream);
        stream.Position = 0;
        Assert.Equal(metric, MetricState.Read<TMetric>(stream));
        Assert.Equal(metric.Empty(), MetricState.Read<TMetric>(stream));
        Assert.Equal(stream.Length, stream.Position);
    }

    /// <summary>The metric's <c>Compute()</c> result, boxed.</summary>
    public static object? Compute<TMetric>(TMetric metric)
        where TMetric : struct =>
        typeof(TMetric).GetMethod("Compute", Type.EmptyTypes)!.Invoke(metric, null);

    /// <summary>Whether two results are equal: doubles bit for bit, sequences element by element, calibration curves by their coordinates, others by Equals.</summary>
    public static bool SameResult(object? a, object? b)
    {
        if (a is double x && b is double y)
        {
            return BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y);
        }

        if (a is CalibrationCurvePoints curveA && b is CalibrationCurvePoints curveB)
        {
            return SameResult(curveA.ProbTrue, curveB.ProbTrue) && SameResult(curveA.ProbPred, curveB.ProbPred) && SameResult(curveA.Counts, curveB.Counts);
        }

        if (a is IEnumerable left && b is IEnumerable right)
        {
            var l = left.GetEnumerator();
            var r = right.GetEnumerator();
            while (true)
            {
                var more = l.MoveNext();
                if (more != r.MoveNext())
                {
                    return false;
                }

                if (!more)
                {
                    return true;
                }

                if (!SameResult(l.Current, r.Current))
                {
                    return false;
                }
            }
        }

        return Equals(a, b);
    }
}
