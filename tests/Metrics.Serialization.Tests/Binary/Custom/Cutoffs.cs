using System;
using System.Linq;

namespace Metrics.Serialization.Tests.Binary.Custom;

/// <summary>A user parameter type with a configuration form: a list of cut-offs with a name.</summary>
public readonly struct Cutoffs : IEquatable<Cutoffs>, IConfigValue<Cutoffs>
{
    private readonly double[]? _values;

    /// <summary>Creates the cut-offs.</summary>
    /// <param name="label">A name for people.</param>
    /// <param name="values">The cut-offs, each finite.</param>
    public Cutoffs(string label, params double[] values)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every cut-off must be finite.", nameof(values));
        }

        Label = label;
        _values = (double[])values.Clone();
    }

    /// <summary>The name.</summary>
    public string? Label { get; }

    /// <summary>The cut-offs.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <inheritdoc/>
    public static Cutoffs FromConfigValue(object? value, string key)
    {
        if (value is null)
        {
            return default;
        }

        if (value is not object?[] { Length: 2 } parts || parts[0] is not string label || parts[1] is not object?[] items)
        {
            throw new ArgumentException($"Parameter '{key}' must be [label, [cut-offs]].", key);
        }

        return new Cutoffs(label, items.Select(i => Convert.ToDouble(i, System.Globalization.CultureInfo.InvariantCulture)).ToArray());
    }

    /// <inheritdoc/>
    public object? ToConfigValue() => _values is null ? null : new object?[] { Label, _values.Cast<object?>().ToArray() };

    /// <inheritdoc/>
    public bool Equals(Cutoffs other) => Label == other.Label && Values.SequenceEqual(other.Values);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Cutoffs other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Label, _values?.Length);

    /// <summary>Compares two lists.</summary>
    public static bool operator ==(Cutoffs left, Cutoffs right) => left.Equals(right);

    /// <summary>Compares two lists.</summary>
    public static bool operator !=(Cutoffs left, Cutoffs right) => !left.Equals(right);
}
