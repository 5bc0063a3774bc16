using Metrics.Generators.Parsing;

namespace Metrics.Generators.Analyzers;

/// <summary>
/// Derived metrics (a <c>[Statistics]</c> field): the field's type is a metric of this project with its own state
/// (MET035), each of its parameters has a value in the derived metric (MET036), and the derived metric declares no
/// update, merge or other state (MET037).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DerivedMetricAnalyzer : MetricAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public DerivedMetricAnalyzer()
        : base(
            DiagnosticDescriptors.StatisticsNotAMetric,
            DiagnosticDescriptors.UnmappedStatisticsParameter,
            DiagnosticDescriptors.DerivedMetricDeclaresState)
    {
    }

    /// <inheritdoc />
    protected override void Register(AnalysisContext context) => RegisterMetricTypes(context, Analyze, derived: true);

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol type)
    {
        var ct = context.CancellationToken;
        var statisticsFields = MetricSymbols.StatisticsFields(type, ct).ToList();
        var field = statisticsFields[0];
        var fieldType = field.Type.ToDisplayString(MetricSymbols.MemberFormat);
        void Declares(ISymbol member, string what) =>
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.DerivedMetricDeclaresState, MetricSymbols.MemberLocation(member), MetricSymbols.Display(type), what, MetricSymbols.Display(field)));

        foreach (var update in MetricSymbols.Updates(type, ct))
        {
            Declares(update, $"the Update function '{MetricSymbols.Display(update)}'");
        }

        foreach (var merge in MetricSymbols.Merges(type, ct))
        {
            Declares(merge, $"the Merge function '{MetricSymbols.Display(merge)}'");
        }

        foreach (var other in MetricSymbols.StateFields(type, ct).Where(f => !SymbolEqualityComparer.Default.Equals(f, field)))
        {
            Declares(other, MetricSymbols.HasAttribute(other, KnownNames.StatisticsAttribute)
                ? $"a second [Statistics] field '{other.Name}'"
                : $"the state field '{other.Name}'");
        }

        if (field.IsReadOnly)
        {
            Declares(field, $"its [Statistics] field '{field.Name}' readonly");
        }

        if (field.Type is not INamedTypeSymbol statistics)
        {
            return;
        }

        // A metric from a referenced assembly has no source to read its update functions from (nor, in metadata, a record flag).
        var reason = MetricSymbols.IsMetric(statistics) && statistics.DeclaringSyntaxReferences.Length == 0 ? "a metric declared in this project"
            : !MetricSymbols.IsMetric(statistics) || !MetricSymbols.IsRecordStruct(statistics) ? "a [Metric] record struct"
            : SymbolEqualityComparer.Default.Equals(statistics, type) ? "another metric (it is this metric)"
            : MetricSymbols.IsDerived(statistics, ct) ? "a metric with its own state (it is derived itself)"
            : !DerivedParser.IsStatisticsMetric(statistics, type, ct) ? "a metric declared in this project"
            : null;
        if (reason is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.StatisticsNotAMetric, MetricSymbols.MemberLocation(field), MetricSymbols.Display(field), fieldType, reason));
            return;
        }

        if (MetricSymbols.StatisticsTemplate(type, statistics, ct) is not null)
        {
            return;
        }

        var own = MetricSymbols.Parameters(type).ToList();
        foreach (var wanted in MetricSymbols.Parameters(statistics))
        {
            if (!own.Any(p => p.Name == wanted.Name && SymbolEqualityComparer.IncludeNullability.Equals(p.Type, wanted.Type)))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.UnmappedStatisticsParameter,
                    MetricSymbols.MemberLocation(field),
                    wanted.Name,
                    MetricSymbols.Display(statistics),
                    wanted.Type.ToDisplayString(MetricSymbols.MemberFormat),
                    MetricSymbols.Display(type)));
            }
        }
    }
}
