namespace Metrics;

/// <summary>
/// Lets one update add to several cells of a <see cref="SumArray"/> state field: a per-class row of counts, the bins of a
/// histogram per label column. Declare it as an argument of an <c>Update</c> function, named like the field
/// (<c>SumArrayWriter counts</c> writes <c>Counts</c>); the generated code passes a writer bound to the state and the
/// element's sample weight, and masked elements are never seen.
/// </summary>
/// <remarks>
/// A cell written here is added to in place, so an update that writes cells is not a pure function of its inputs; it is
/// still order-independent, because every write is a weighted sum. Updates that write cells take the scalar path.
/// </remarks>
public readonly ref struct SumArrayWriter
{
    private readonly Span<double> _cells;
    private readonly double _weight;

    /// <summary>A writer that adds <paramref name="weight"/> times each contribution into <paramref name="target"/>.</summary>
    /// <param name="target">An allocated array state field (the generated code allocates it before any update).</param>
    /// <param name="weight">The element's sample weight (1 when unweighted).</param>
    /// <exception cref="ArgumentException"><paramref name="target"/> is not allocated.</exception>
    public SumArrayWriter(SumArray target, double weight = 1.0)
    {
        if (!target.IsAllocated)
        {
            throw new ArgumentException("The state array must be allocated before cells are written to it.", nameof(target));
        }

        _cells = target.Storage;
        _weight = weight;
    }

    /// <summary>The number of cells.</summary>
    public int Length => _cells.Length;

    /// <summary>Adds <paramref name="value"/> (times the sample weight) to cell <paramref name="index"/>.</summary>
    /// <param name="index">The cell, in [0, <see cref="Length"/>).</param>
    /// <param name="value">The amount, 1 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the array.</exception>
    public void Add(int index, double value = 1.0)
    {
        if ((uint)index >= (uint)_cells.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(index), index, $"The cell index must lie in [0, {_cells.Length}) for this state array.");
        }

        _cells[index] += _weight * value;
    }
}
