using System.Globalization;
using System.Numerics;
using System.Text;

namespace Metrics;

/// <summary>
/// An array-valued state field merged element-wise by addition (confusion-matrix cells, histogram bins).
/// Its length comes from parameters (<see cref="SizedByAttribute"/>); the generated code allocates it on the first
/// update, so an unallocated array reads as all zeros.
/// </summary>
/// <remarks>
/// In an <c>Update</c> function, a contribution is written <c>SumArray.At(index)</c> or
/// <c>SumArray.At(index, value)</c>: one cell, with no allocation. An update that adds to several cells takes a
/// <see cref="SumArrayWriter"/> argument named like the field. Equality compares the cells, treating an
/// unallocated array as zeros. Updates add into the array in place; use the metric's <c>Copy()</c> to keep a snapshot.
/// </remarks>
public readonly struct SumArray : IEquatable<SumArray>
{
    private readonly double[]? _cells;
    private readonly int _index;
    private readonly double _value;

    private SumArray(double[]? cells, int index, double value)
    {
        _cells = cells;
        _index = index;
        _value = value;
    }

    /// <summary>A contribution of <paramref name="value"/> to the cell <paramref name="index"/>.</summary>
    /// <param name="index">The cell that receives the contribution.</param>
    /// <param name="value">The amount added, 1 by default.</param>
    public static SumArray At(int index, double value = 1.0) => new(null, index, value);

    /// <summary>An allocated array of <paramref name="length"/> zero cells.</summary>
    /// <param name="length">The number of cells.</param>
    public static SumArray Zeros(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return new(new double[length], -1, 0);
    }

    /// <summary>An allocated array holding a copy of <paramref name="cells"/>, as a state reader restores it.</summary>
    /// <param name="cells">The cell values.</param>
    public static SumArray FromCells(ReadOnlySpan<double> cells) => new(cells.ToArray(), -1, 0);

    /// <summary>Whether the cells have been allocated.</summary>
    public bool IsAllocated => _cells is not null;

    /// <summary>The number of allocated cells (0 when unallocated).</summary>
    public int Length => _cells?.Length ?? 0;

    /// <summary>The value of cell <paramref name="index"/> (0 when unallocated).</summary>
    /// <param name="index">The cell to read.</param>
    public double this[int index] => _cells is null ? 0.0 : _cells[index];

    /// <summary>The cells, read-only (empty when unallocated).</summary>
    public ReadOnlySpan<double> Cells => _cells;

    /// <summary>
    /// The cell of a one-cell contribution made with <see cref="At"/>, which the generated histogram kernel reads;
    /// −1 for an allocated array.
    /// </summary>
    public int CellIndex => _cells is null ? _index : -1;

    /// <summary>The writable cells, for <see cref="SumArrayWriter"/>.</summary>
    internal double[] Storage => _cells!;

    /// <summary>
    /// Returns this array, allocated with <paramref name="length"/> cells if it was not; throws if it has another length.
    /// </summary>
    /// <param name="length">The required number of cells.</param>
    public SumArray EnsureLength(int length)
    {
        if (_cells is null)
        {
            return Zeros(length);
        }

        if (_cells.Length != length)
        {
            throw new ArgumentException(
                $"The state array has {_cells.Length} cells but the parameters require {length}.", nameof(length));
        }

        return this;
    }

    /// <summary>Adds <paramref name="weight"/> times a one-cell contribution into this allocated array, in place.</summary>
    /// <param name="contribution">A contribution made with <see cref="At"/>.</param>
    /// <param name="weight">The sample weight.</param>
    public void Accumulate(SumArray contribution, double weight = 1.0)
    {
        if (contribution._cells is null)
        {
            _cells![contribution._index] += weight * contribution._value;
            return;
        }

        var target = _cells!;
        var source = contribution._cells;
        for (var i = 0; i < source.Length; i++)
        {
            target[i] += weight * source[i];
        }
    }

    /// <summary>Returns a new array holding the cell-wise sum of two arrays; neither operand changes.</summary>
    /// <param name="other">The array to add.</param>
    public SumArray Add(SumArray other)
    {
        if (_cells is null)
        {
            return other.Copy();
        }

        if (other._cells is null)
        {
            return Copy();
        }

        if (_cells.Length != other._cells.Length)
        {
            throw new ArgumentException(
                $"Cannot add state arrays of {_cells.Length} and {other._cells.Length} cells.", nameof(other));
        }

        // Cell by cell, a vector of cells at a time: each sum is the same IEEE addition as one at a time, so the bits are too.
        var sum = new double[_cells.Length];
        ReadOnlySpan<double> left = _cells, right = other._cells;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= sum.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                (new Vector<double>(left[i..]) + new Vector<double>(right[i..])).CopyTo(sum, i);
            }
        }

        for (; i < sum.Length; i++)
        {
            sum[i] = left[i] + right[i];
        }

        return new(sum, -1, 0);
    }

    /// <summary>Returns a copy with its own cells.</summary>
    public SumArray Copy() => _cells is null ? this : new((double[])_cells.Clone(), -1, 0);

    /// <inheritdoc />
    public bool Equals(SumArray other)
    {
        if (_cells is null && other._cells is null)
        {
            return _index == other._index && _value.Equals(other._value);
        }

        var a = _cells ?? Array.Empty<double>();
        var b = other._cells ?? Array.Empty<double>();
        var length = Math.Max(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            var x = i < a.Length ? a[i] : 0.0;
            var y = i < b.Length ? b[i] : 0.0;
            if (!x.Equals(y))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SumArray other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        if (_cells is not null)
        {
            var last = _cells.Length - 1;
            while (last >= 0 && _cells[last] == 0)
            {
                last--;
            }

            for (var i = 0; i <= last; i++)
            {
                hash.Add(_cells[i]);
            }
        }

        return hash.ToHashCode();
    }

    /// <summary>Compares two arrays cell by cell.</summary>
    public static bool operator ==(SumArray left, SumArray right) => left.Equals(right);

    /// <summary>Compares two arrays cell by cell.</summary>
    public static bool operator !=(SumArray left, SumArray right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString()
    {
        if (_cells is null)
        {
            return _index >= 0 ? string.Create(CultureInfo.InvariantCulture, $"[{_index}: {_value}]") : "[]";
        }

        var builder = new StringBuilder("[");
        for (var i = 0; i < _cells.Length; i++)
        {
            builder.Append(i == 0 ? "" : ", ").Append(_cells[i].ToString(CultureInfo.InvariantCulture));
        }

        return builder.Append(']').ToString();
    }
}
