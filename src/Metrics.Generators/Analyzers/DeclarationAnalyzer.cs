namespace Metrics.Generators.Analyzers;

/// <summary>
/// The form of a <c>[Metric]</c> type: a partial record struct (MET001, MET002), not generic (MET003), not nested in
/// a generic type (MET004), in partial containing types (MET005), with the attribute on its first part (MET006), and
/// no member named like a generated one (MET028); the rules are in <see cref="DeclarationForm"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeclarationAnalyzer : MetricAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public DeclarationAnalyzer()
        : base(
            DiagnosticDescriptors.NotPartial,
            DiagnosticDescriptors.NotRecordStruct,
            DiagnosticDescriptors.GenericMetric,
            DiagnosticDescriptors.NestedInGenericType,
            DiagnosticDescriptors.ContainingTypeNotPartial,
            DiagnosticDescriptors.AttributeNotOnFirstPart,
            DiagnosticDescriptors.ReservedMemberName)
    {
    }

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
    }

    /// <summary>
    /// MET005 is reported while analyzing the containing type itself, so that the diagnostic is local to the symbol
    /// being analyzed (the IDE and the code fix need that). When the generator reports the form of a nested metric
    /// (<see cref="DeclarationForm.IsReportedByGenerator"/>), it reports this too.
    /// </summary>
    private static void ReportNonPartialContainer(SymbolAnalysisContext context, INamedTypeSymbol outer, System.Threading.CancellationToken ct)
    {
        var metrics = NestedMetrics(outer).ToList();
        if (metrics.Count == 0 || metrics.Any(m => DeclarationForm.IsReportedByGenerator(m, ct)))
        {
            return;
        }

        foreach (var problem in DeclarationForm.NonPartialContainers(outer, metrics[0], ct))
        {
            context.ReportDiagnostic(problem.ToDiagnostic());
        }
    }

    private static IEnumerable<INamedTypeSymbol> NestedMetrics(INamedTypeSymbol outer)
    {
        foreach (var nested in outer.GetTypeMembers())
        {
            if (MetricSymbols.IsMetric(nested))
            {
                yield return nested;
            }

            foreach (var deeper in NestedMetrics(nested))
            {
                yield return deeper;
            }
        }
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var ct = context.CancellationToken;
        ReportNonPartialContainer(context, type, ct);
        if (!MetricSymbols.IsMetric(type) || DeclarationForm.IsReportedByGenerator(type, ct))
        {
            return;
        }

        foreach (var problem in DeclarationForm.Problems(type, ct))
        {
            context.ReportDiagnostic(problem.ToDiagnostic());
        }
    }
}
