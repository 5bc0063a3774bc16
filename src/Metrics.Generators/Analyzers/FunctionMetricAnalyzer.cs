using Metrics.Generators.Parsing;

namespace Metrics.Generators.Analyzers;

/// <summary>
/// Function metrics (a <c>[MeanOf]</c> function): the metric declares no state, update, merge or Compute of its own
/// (MET038), the function is a static double function of a metric (MET039), and there is one (MET040).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FunctionMetricAnalyzer : MetricAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public FunctionMetricAnalyzer()
        : base(
            DiagnosticDescriptors.FunctionMetricDeclaresState,
            DiagnosticDescriptors.InvalidMeanOfFunction,
            DiagnosticDescriptors.SeveralMeanOfFunctions)
    {
    }

    /// <inheritdoc />
    /// <remarks>Every type: a [MeanOf] function outside a [Metric] type is reported too (MET039).</remarks>
    protected override void Register(AnalysisContext context) => context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);

    private static void Analyze(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var ct = context.CancellationToken;
        var functions = MetricSymbols.MeanOfFunctions(type, ct).ToList();
        if (functions.Count == 0)
        {
            return;
        }

        var isMetric = MetricSymbols.IsMetric(type);
        foreach (var function in functions)
        {
            var problem = isMetric ? FunctionMetricParser.SignatureProblem(function) : $"'{type.Name}' is not a [Metric] type";
            if (problem is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidMeanOfFunction, MetricSymbols.MemberLocation(function), MetricSymbols.Display(function), problem));
            }
        }

        if (!isMetric)
        {
            return;
        }

        foreach (var extra in functions.Skip(1))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.SeveralMeanOfFunctions, MetricSymbols.MemberLocation(extra), MetricSymbols.Display(type), MetricSymbols.Display(extra)));
        }

        var namesProblem = FunctionMetricParser.FieldNameProblem(type, MetricSymbols.MeanOfFieldNames(functions[0]));
        if (namesProblem is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InvalidMeanOfFunction, MetricSymbols.MemberLocation(functions[0]), MetricSymbols.Display(functions[0]), namesProblem));
        }

        void Declares(ISymbol member, string what) =>
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.FunctionMetricDeclaresState, MetricSymbols.MemberLocation(member), MetricSymbols.Display(type), what));

        foreach (var statistics in MetricSymbols.StatisticsFields(type, ct))
        {
            Declares(statistics, $"the [Statistics] field '{statistics.Name}'");
        }

        foreach (var (member, what) in MetricSymbols.FunctionMetricConflicts(type, MetricSymbols.MeanOfFieldNames(functions[0]), ct)
            .Where(c => !MetricSymbols.HasAttribute(c.Member, KnownNames.StatisticsAttribute)))
        {
            Declares(member, what + $" '{MetricSymbols.Display(member)}'");
        }
    }
}
