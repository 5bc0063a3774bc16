namespace Metrics.Generators.Analyzers;

/// <summary>
/// <c>Compute</c> present (MET013) and a public, non-static, parameterless, non-generic method returning a value
/// (MET014); a user <c>Merge</c>, when declared, is <c>static T Merge(T a, T b)</c> (MET015).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ComputeAndMergeAnalyzer : MetricAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public ComputeAndMergeAnalyzer()
        : base(
            DiagnosticDescriptors.MissingCompute,
            DiagnosticDescriptors.IllTypedCompute,
            DiagnosticDescriptors.IllTypedMerge)
    {
    }

    /// <inheritdoc />
    protected override void Register(AnalysisContext context) => RegisterMetricTypes(context, Analyze);

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol type)
    {
        AnalyzeCompute(context, type);
        foreach (var merge in MetricSymbols.Merges(type))
        {
            var problems = SignatureRules.MergeProblems(merge, type);
            if (problems.Count > 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.IllTypedMerge,
                    MetricSymbols.MemberLocation(merge),
                    MetricSymbols.Display(merge),
                    string.Join(", ", problems),
                    type.Name));
            }
        }
    }

    private static void AnalyzeCompute(SymbolAnalysisContext context, INamedTypeSymbol type)
    {
        var computes = type.GetMembers("Compute").Where(m => m is not IMethodSymbol { MethodKind: not MethodKind.Ordinary }).ToList();
        if (computes.Count == 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MissingCompute, MetricSymbols.TypeLocation(type, context.CancellationToken), MetricSymbols.Display(type)));
            return;
        }

        var problems = computes.Select(c => (Member: c, Problems: SignatureRules.ComputeProblems(c))).ToList();
        if (problems.Any(p => p.Problems.Count == 0))
        {
            return;
        }

        foreach (var (member, list) in problems)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.IllTypedCompute, MetricSymbols.MemberLocation(member), MetricSymbols.Display(member), string.Join(", ", list)));
        }
    }
}
