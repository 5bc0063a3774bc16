using Metrics.Generators.Parsing;

namespace Metrics.Generators.Analyzers;

/// <summary>
/// Per-column metrics (a <c>[Cells]</c> field): one non-readonly <c>MetricCells&lt;TCell&gt;</c> field of a
/// <c>[Metric]</c> struct, no update, merge or other state, an <c>int</c> sizing parameter, and every cell parameter
/// mapped by name and type (MET041, one report per problem).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CellsMetricAnalyzer : MetricAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public CellsMetricAnalyzer()
        : base(DiagnosticDescriptors.InvalidCellsMetric)
    {
    }

    /// <inheritdoc />
    protected override void Register(AnalysisContext context) => RegisterMetricTypes(context, Analyze);

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol type)
    {
        var ct = context.CancellationToken;
        if (!MetricSymbols.IsCellsMetric(type, ct))
        {
            return;
        }

        var field = MetricSymbols.CellsFields(type, ct).First();
        void Report(ISymbol at, string problem) =>
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InvalidCellsMetric, MetricSymbols.MemberLocation(at), MetricSymbols.Display(type), problem));

        foreach (var update in MetricSymbols.Updates(type, ct))
        {
            Report(update, $"it declares the Update function '{MetricSymbols.Display(update)}' (the cell metric's update fills the cells)");
        }

        foreach (var merge in MetricSymbols.Merges(type, ct))
        {
            Report(merge, $"it declares the Merge function '{MetricSymbols.Display(merge)}' (cells merge with the cell metric's Merge)");
        }

        foreach (var other in MetricSymbols.StateFields(type, ct).Where(f => !SymbolEqualityComparer.Default.Equals(f, field)))
        {
            Report(other, $"it declares the state field '{other.Name}' besides its [Cells] field '{field.Name}'");
        }

        if (field.IsReadOnly)
        {
            Report(field, $"its [Cells] field '{field.Name}' is readonly");
        }

        if (CellsParser.CellType(field) is not { } cellType)
        {
            Report(field, $"the type of its [Cells] field '{field.Name}' is '{field.Type.ToDisplayString(MetricSymbols.MemberFormat)}', not MetricCells<TCell> of a [Metric] struct");
            return;
        }

        var own = MetricSymbols.Parameters(type).ToList();
        if (MetricSymbols.FindAttribute(field, KnownNames.CellsAttribute) is { } attribute
            && CellsParser.SizedBy(attribute) is { } sizedBy
            && !own.Any(p => p.Name == sizedBy && p.Type.SpecialType == SpecialType.System_Int32))
        {
            Report(field, $"[Cells(\"{sizedBy}\")] names no int parameter");
        }

        foreach (var wanted in MetricSymbols.Parameters(cellType))
        {
            if (!own.Any(p => p.Name == wanted.Name && SymbolEqualityComparer.IncludeNullability.Equals(p.Type, wanted.Type)))
            {
                Report(field, $"parameter '{wanted.Name}' of the cell metric '{MetricSymbols.Display(cellType)}' has no parameter of the same name and type '{wanted.Type.ToDisplayString(MetricSymbols.MemberFormat)}'");
            }
        }
    }
}
