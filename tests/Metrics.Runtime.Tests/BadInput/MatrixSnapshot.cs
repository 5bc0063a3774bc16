using System;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace Metrics.Runtime.Tests.BadInput;

/// <summary>
/// What a metric holds, compared bitwise: its state (record equality and text) and the value it computes (every double
/// by its bits; an exception thrown by <c>Compute</c> by its type).
/// </summary>
internal sealed record MatrixSnapshot(object State, string StateText, string Value, bool ValueIsFinite, Type? ComputeException, double[] Doubles)
{
    public static MatrixSnapshot Of(object state, string stateText, Func<object> compute)
    {
        try
        {
            var value = compute();
            return new MatrixSnapshot(state, stateText, Fingerprint(value), IsFinite(value), null, Flatten(value));
        }
        catch (Exception e)
        {
            return new MatrixSnapshot(state, stateText, "throws " + e.GetType().Name, false, e.GetType(), []);
        }
    }

    /// <summary>The metric's <c>ToString</c>, or which exception it threw (a state may hold what its value cannot take).</summary>
    public static string Text(object metric)
    {
        try
        {
            return metric.ToString() ?? string.Empty;
        }
        catch (Exception e)
        {
            return "ToString throws " + e.GetType().Name + ": " + e.Message;
        }
    }

    /// <summary>Whether <paramref name="other"/> holds exactly the same state and value.</summary>
    public bool SameAs(MatrixSnapshot other) =>
        Equals(State, other.State) && StateText == other.StateText && Value == other.Value;

    private static string Fingerprint(object? value) => value switch
    {
        null => "null",
        double d => BitConverter.DoubleToInt64Bits(d).ToString("X16", CultureInfo.InvariantCulture),
        double[] a => "[" + string.Join(",", a.Select(d => Fingerprint(d))) + "]",
        double[,] m => "[" + string.Join(",", m.Cast<double>().Select(d => Fingerprint(d))) + "]",
        _ => value.GetType().Name + "{" + string.Join(",", DoubleMembers(value).Select(d => Fingerprint(d))) + "}",
    };

    /// <summary>Every double the value carries, for values that are records of doubles (Statistics, ConfusionCounts).</summary>
    private static double[] DoubleMembers(object value) =>
        value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(double) && p.GetIndexParameters().Length == 0)
            .Select(p => (double)p.GetValue(value)!)
            .Concat(value.GetType().GetFields(BindingFlags.Public | BindingFlags.Instance)
                .Where(f => f.FieldType == typeof(double))
                .Select(f => (double)f.GetValue(value)!))
            .ToArray();

    private static double[] Flatten(object? value) => value switch
    {
        null => [],
        double d => [d],
        double[] a => a,
        double[,] m => m.Cast<double>().ToArray(),
        _ => DoubleMembers(value),
    };

    private static bool IsFinite(object? value) => value switch
    {
        double d => double.IsFinite(d),
        double[] a => a.All(double.IsFinite),
        double[,] m => m.Cast<double>().All(double.IsFinite),
        null => true,
        _ => DoubleMembers(value).All(double.IsFinite),
    };
}
