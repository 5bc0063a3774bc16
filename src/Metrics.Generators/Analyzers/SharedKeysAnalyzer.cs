using Metrics.Generators.Parsing;

namespace Metrics.Generators.Analyzers;

/// <summary>
/// Batch-wide operands (a <c>[SharedKeys]</c> field): the field is the derived metric's <c>[Statistics]</c> field, and
/// its type implements <c>IScoredRowsMetric&lt;itself&gt;</c>, through which the generated overloads feed each scored
/// query (MET042). The other rules of derived metrics are MET035–MET037's.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SharedKeysAnalyzer : MetricAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public SharedKeysAnalyzer()
        : base(DiagnosticDescriptors.InvalidSharedKeysField)
    {
    }

    /// <inheritdoc />
    protected override void Register(AnalysisContext context) => RegisterMetricTypes(context, Analyze);

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol type)
    {
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>().Where(f => MetricSymbols.HasAttribute(f, KnownNames.SharedKeysAttribute)))
        {
            var problem = !MetricSymbols.HasAttribute(field, KnownNames.StatisticsAttribute)
                ? "it is not the metric's [Statistics] field (the scored queries feed the statistics metric)"
                : !SharedKeysParser.IsScoredRowsMetric(field.Type, context.Compilation)
                    ? $"its type '{field.Type.ToDisplayString(MetricSymbols.MemberFormat)}' does not implement IScoredRowsMetric<{field.Type.ToDisplayString(MetricSymbols.MemberFormat)}> (a row metric of label and score rows)"
                    : null;
            if (problem is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidSharedKeysField, MetricSymbols.MemberLocation(field), field.Name, problem));
            }
        }
    }
}
