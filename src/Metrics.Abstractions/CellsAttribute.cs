namespace Metrics;

/// <summary>
/// Marks the one state field of a per-column metric: <c>[Cells] public MetricCells&lt;TCell&gt; F;</c> holds one state of
/// the cell metric <c>TCell</c> (a pair metric such as <c>R2Score</c>) per column of <c>[rows, columns]</c> batches. Row
/// <c>i</c> adds <c>(labels[i, j], predictions[i, j])</c> to cell <c>j</c> through the cell metric's own update, with the
/// row's mask and weight; cells merge column by column with the cell metric's own <c>Merge</c> (Chan's formula for
/// moments). The metric declares only parameters, this field and <c>Compute</c>; the generator emits the batch
/// overloads, <c>Merge</c>, <c>Reset</c>, persistence and the registry's untyped path.
/// </summary>
/// <remarks>
/// Each parameter of the cell metric takes the value of the per-column metric's parameter with the same name and type.
/// The number of cells is the value of the parameter named by <see cref="SizedBy"/> when it is positive, else it is
/// fixed by the first batch that keeps a row; a later batch with another number of columns is rejected.
/// </remarks>
[AttributeUsage(AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class CellsAttribute : Attribute
{
    /// <summary>Declares a per-column state whose number of cells comes from the first batch that keeps a row.</summary>
    public CellsAttribute()
    {
    }

    /// <summary>Declares a per-column state whose number of cells is an <c>int</c> parameter (0: from the first batch).</summary>
    /// <param name="sizedBy">The name of the <c>int</c> <see cref="ParameterAttribute"/> property giving the number of cells.</param>
    public CellsAttribute(string sizedBy) => SizedBy = sizedBy;

    /// <summary>The <c>int</c> parameter giving the number of cells (0: from the first batch), or null.</summary>
    public string? SizedBy { get; }
}
