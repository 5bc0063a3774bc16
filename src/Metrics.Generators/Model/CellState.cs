namespace Metrics.Generators.Model;

/// <summary>
/// The state of a per-column metric: one state of a cell metric per column of <c>[rows, columns]</c> batches, held in
/// its one <c>[Cells] MetricCells&lt;TCell&gt;</c> field, updated and merged through the cell metric's own members (the
/// runtime's <c>CellKernel</c>).
/// </summary>
/// <param name="FieldName">The <c>[Cells]</c> field.</param>
/// <param name="CellType">The <c>global::</c>-qualified type of the cell metric.</param>
/// <param name="SizedBy">The <c>int</c> parameter giving the number of cells (0: from the first batch), or null.</param>
/// <param name="Noun">What a cell is, in messages: the field's name in lower case, without a plural <c>s</c>.</param>
/// <param name="TemplateArguments">The cell metric's constructor arguments, each named and read from the parameter of the same name.</param>
/// <param name="UserFromArguments">Whether the metric declares its own <c>FromArguments</c> (other libraries' parameter spellings).</param>
internal sealed record CellState(
    string FieldName,
    string CellType,
    string? SizedBy,
    string Noun,
    EquatableArray<string> TemplateArguments,
    bool UserFromArguments)
{
    /// <summary>The field name as an identifier in code.</summary>
    public string Identifier => Naming.Escape(FieldName);
}
