using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Metrics;

/// <summary>
/// An immutable list of parameter values with value equality (a list of thresholds), usable as a
/// <see cref="ParameterAttribute"/> property: each value is range-checked like a numeric parameter, the list must not be
/// empty, and <see cref="SizedByAttribute"/> may name it (its length sizes the array state). Written as a collection
/// expression: <c>new TruePositives(thresholds: [0.3, 0.5])</c>.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
[CollectionBuilder(typeof(ParameterArray), nameof(ParameterArray.Create))]
public readonly struct ParameterArray<T> : IEquatable<ParameterArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    private readonly T[]? _items;

    internal ParameterArray(T[] items) => _items = items;

    /// <summary>The number of values.</summary>
    public int Length => _items?.Length ?? 0;

    /// <inheritdoc />
    int IReadOnlyCollection<T>.Count => Length;

    /// <summary>The value at <paramref name="index"/>.</summary>
    /// <param name="index">The position.</param>
    public T this[int index] => (_items ?? [])[index];

    /// <summary>The values, read-only.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>Returns an enumerator over the values.</summary>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ParameterArray<T> other) => AsSpan().SequenceEqual(other.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ParameterArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The values as <c>[a, b, ...]</c>, formatted with the invariant culture.</summary>
    public override string ToString()
    {
        var parts = new string[Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Convert.ToString(_items![i], CultureInfo.InvariantCulture) ?? string.Empty;
        }

        return "[" + string.Join(", ", parts) + "]";
    }

    /// <summary>Compares two lists value by value.</summary>
    public static bool operator ==(ParameterArray<T> left, ParameterArray<T> right) => left.Equals(right);

    /// <summary>Compares two lists value by value.</summary>
    public static bool operator !=(ParameterArray<T> left, ParameterArray<T> right) => !left.Equals(right);
}

/// <summary>Creates <see cref="ParameterArray{T}"/> values.</summary>
public static class ParameterArray
{
    /// <summary>A list holding a copy of <paramref name="values"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The values.</param>
    public static ParameterArray<T> Create<T>(ReadOnlySpan<T> values)
        where T : IEquatable<T> => new(values.ToArray());
}
