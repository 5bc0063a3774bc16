using Metrics.Generators.Analyzers;

namespace Metrics.Generators.Parsing;

/// <summary>
/// Turns a per-column metric (one <c>[Cells] MetricCells&lt;TCell&gt;</c> field, parameters, <c>Compute</c>, optionally
/// its own <c>FromArguments</c>, nothing else) into a <see cref="MetricModel"/>. The cell metric is used through its
/// generated interfaces only, so it may come from a referenced assembly. Returns null for anything else;
/// <see cref="CellsMetricAnalyzer"/> says what is wrong.
/// </summary>
internal static class CellsParser
{
    public static MetricModel? Parse(
        INamedTypeSymbol type,
        List<ContainingType> containing,
        List<MetricParameter> parameters,
        CancellationToken cancellationToken)
    {
        var fields = MetricSymbols.StateFields(type, cancellationToken).ToList();
        if (fields.Count != 1
            || MetricSymbols.FindAttribute(fields[0], KnownNames.CellsAttribute) is not { } attribute
            || fields[0].IsReadOnly
            || CellType(fields[0]) is not { } cellType
            || MetricSymbols.Updates(type, cancellationToken).Any()
            || MetricSymbols.Merges(type, cancellationToken).Any()
            || MetricParser.FindCompute(type) is not { } compute)
        {
            return null;
        }

        var sizedBy = SizedBy(attribute);
        if (sizedBy is not null && !parameters.Any(p => p.Name == sizedBy && p.Type == "int"))
        {
            return null;
        }

        var arguments = new List<string>();
        foreach (var wanted in MetricSymbols.Parameters(cellType))
        {
            var given = parameters.FirstOrDefault(p => p.Name == wanted.Name && p.Type == wanted.Type.ToDisplayString(MetricParser.TypeFormat));
            if (given is null)
            {
                return null;
            }

            arguments.Add($"{Naming.CamelCase(wanted.Name)}: this.{given.Identifier}");
        }

        var field = fields[0].Name;
        var cells = new CellState(
            field,
            cellType.ToDisplayString(MetricParser.TypeFormat),
            sizedBy,
            Noun(field),
            arguments.ToEquatableArray(),
            MetricSymbols.UserFromArguments(type, cancellationToken) is not null);
        return MetricParser.ModelOf(
            type, containing, [], parameters, hasUserMerge: false, compute.ReturnType.ToDisplayString(MetricParser.TypeFormat), [], [], cancellationToken, cells: cells);
    }

    /// <summary>The cell metric of a <c>MetricCells&lt;TCell&gt;</c> field whose <c>TCell</c> is a <c>[Metric]</c> struct; else null.</summary>
    public static INamedTypeSymbol? CellType(IFieldSymbol field) =>
        field.Type is INamedTypeSymbol { TypeArguments.Length: 1 } cells
        && cells.ContainingNamespace?.ToDisplayString() + "." + cells.MetadataName == KnownNames.MetricCells
        && cells.TypeArguments[0] is INamedTypeSymbol { TypeKind: TypeKind.Struct } cell
        && MetricSymbols.IsMetric(cell)
            ? cell
            : null;

    /// <summary>The parameter named by <c>[Cells(nameof(P))]</c>, or null.</summary>
    public static string? SizedBy(AttributeData attribute) =>
        attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;

    // "Outputs" → "output": what one cell is, in the messages of the generated code.
    private static string Noun(string field)
    {
        var lower = field.ToLowerInvariant();
        return lower.Length > 1 && lower.EndsWith("s", System.StringComparison.Ordinal) ? lower.Substring(0, lower.Length - 1) : lower;
    }
}
