using System.Globalization;
using System.Linq;

namespace Metrics;

/// <summary>
/// An explicit list of decision thresholds in [0, 1] for binned curve metrics (Keras's <c>thresholds</c> argument),
/// kept sorted. The default value is "none": the metric then uses its evenly spaced grid of
/// <c>NumThresholds</c>. Compared by value, so metrics built from equal lists merge.
/// </summary>
public readonly struct CurveThresholds : IEquatable<CurveThresholds>, IConfigValue<CurveThresholds>
{
    private readonly double[]? _values;

    /// <summary>Creates a threshold list; the values are copied and sorted.</summary>
    /// <param name="thresholds">At least one threshold, each in [0, 1].</param>
    /// <exception cref="ArgumentException">The list is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is NaN or outside [0, 1].</exception>
    public CurveThresholds(params double[] thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        if (thresholds.Length == 0)
        {
            throw new ArgumentException("At least one threshold is required.", nameof(thresholds));
        }

        for (var i = 0; i < thresholds.Length; i++)
        {
            if (!(thresholds[i] >= 0 && thresholds[i] <= 1))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(thresholds), thresholds[i], string.Create(CultureInfo.InvariantCulture, $"thresholds[{i}] = {thresholds[i]} is outside [0, 1]."));
            }
        }

        _values = (double[])thresholds.Clone();
        Array.Sort(_values);
    }

    /// <summary>The sorted values without a copy, for the threshold grid (null when none were given).</summary>
    internal double[]? Sorted => _values;

    /// <summary>Whether no list was given (the metric's evenly spaced grid applies).</summary>
    public bool IsDefault => _values is null;

    /// <summary>The number of thresholds (0 when none were given).</summary>
    public int Count => _values?.Length ?? 0;

    /// <summary>The thresholds, ascending.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Creates a threshold list.</summary>
    /// <param name="thresholds">At least one threshold, each in [0, 1].</param>
    public static implicit operator CurveThresholds(double[] thresholds) => new(thresholds);

    /// <summary>The list from its configuration form: null for none, else a number or a list of numbers.</summary>
    /// <param name="value">The configuration value.</param>
    /// <param name="key">The parameter's name, for error messages.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentException">The value is not a non-empty list of numbers in [0, 1].</exception>
    public static CurveThresholds FromConfigValue(object? value, string key)
    {
        if (value is null)
        {
            return default;
        }

        var values = MetricArguments.Convert<ParameterArray<double>>(value, key).AsSpan().ToArray();
        try
        {
            return new CurveThresholds(values);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"Parameter '{key}': {e.Message}", key, e);
        }
    }

    /// <summary>The configuration form: null for none, else the sorted thresholds.</summary>
    /// <returns>Null or a <see cref="double"/> array.</returns>
    public object? ToConfigValue() => _values is null ? null : (double[])_values.Clone();

    /// <inheritdoc />
    public bool Equals(CurveThresholds other) => Values.SequenceEqual(other.Values) && IsDefault == other.IsDefault;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CurveThresholds other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in Values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    /// <summary>Compares two lists by value.</summary>
    public static bool operator ==(CurveThresholds left, CurveThresholds right) => left.Equals(right);

    /// <summary>Compares two lists by value.</summary>
    public static bool operator !=(CurveThresholds left, CurveThresholds right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => _values is null
        ? "none"
        : "[" + string.Join(", ", _values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + "]";
}
