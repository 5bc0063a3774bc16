using System.Globalization;

namespace Metrics;

/// <summary>
/// The state of a per-column metric (a <see cref="CellsAttribute"/> field): one state of the cell metric
/// <typeparamref name="TCell"/> per column, none before the first batch that keeps a row. Equal when both hold no cells
/// or the same cells. Copies made by assignment share the cells (an update changes them in place, so that updates after
/// the first allocate nothing); the metric's <c>Copy()</c> is deep.
/// </summary>
/// <typeparam name="TCell">The cell metric.</typeparam>
public readonly struct MetricCells<TCell> : IEquatable<MetricCells<TCell>>
    where TCell : struct, IMetric<TCell>
{
    internal MetricCells(TCell[] cells) => Cells = cells;

    /// <summary>The number of cells; 0 before the first batch that kept a row.</summary>
    public int Length => Cells?.Length ?? 0;

    /// <summary>Whether no batch has kept a row yet (there are no cells).</summary>
    public bool IsEmpty => Cells is null;

    /// <summary>The cells, or null before the first batch that kept a row.</summary>
    internal TCell[]? Cells { get; }

    /// <summary>The state of column <paramref name="column"/>.</summary>
    /// <param name="column">The column, in [0, <see cref="Length"/>).</param>
    public ref readonly TCell this[int column] => ref AsSpan()[column];

    /// <summary>The cells as a span (empty before the first batch that kept a row).</summary>
    /// <param name="cells">The cells.</param>
    public static implicit operator ReadOnlySpan<TCell>(MetricCells<TCell> cells) => cells.AsSpan();

    /// <summary>Whether two states hold the same cells.</summary>
    /// <param name="left">The first state.</param>
    /// <param name="right">The second state.</param>
    public static bool operator ==(MetricCells<TCell> left, MetricCells<TCell> right) => left.Equals(right);

    /// <summary>Whether two states hold different cells.</summary>
    /// <param name="left">The first state.</param>
    /// <param name="right">The second state.</param>
    public static bool operator !=(MetricCells<TCell> left, MetricCells<TCell> right) => !left.Equals(right);

    /// <summary>The cells as a span (empty before the first batch that kept a row).</summary>
    public ReadOnlySpan<TCell> AsSpan() => Cells;

    /// <summary>The cells as a span (empty before the first batch that kept a row).</summary>
    public ReadOnlySpan<TCell> ToReadOnlySpan() => Cells;

    /// <summary>Enumerates the cells in column order (<c>foreach</c>).</summary>
    public ReadOnlySpan<TCell>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    /// <summary>The cells, copied into a new array (empty before the first batch that kept a row).</summary>
    public TCell[] ToArray() => AsSpan().ToArray();

    /// <summary>A copy with its own cells.</summary>
    public MetricCells<TCell> Copy() => Cells is null ? default : new((TCell[])Cells.Clone());

    /// <summary>Whether <paramref name="other"/> holds the same cells (none, or equal cells column by column).</summary>
    /// <param name="other">The state to compare with.</param>
    public bool Equals(MetricCells<TCell> other) =>
        (Cells is null) == (other.Cells is null) && AsSpan().SequenceEqual(other.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MetricCells<TCell> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Length;

    /// <summary>The cells, formatted with the invariant culture.</summary>
    public override string ToString() =>
        Cells is null ? "[]" : string.Create(CultureInfo.InvariantCulture, $"[{string.Join(", ", Cells)}]");
}
