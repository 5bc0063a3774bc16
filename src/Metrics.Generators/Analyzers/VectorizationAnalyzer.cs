namespace Metrics.Generators.Analyzers;

/// <summary>
/// Tells, as an info diagnostic (MET024), which expression keeps an update function on the scalar loop. It runs the
/// generator's own parser and vector translator, so it fires exactly for the updates whose generated operator is
/// scalar (the generated code carries the same reason in a <c>// Scalar path:</c> comment).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class VectorizationAnalyzer : MetricAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    public VectorizationAnalyzer()
        : base(DiagnosticDescriptors.NotVectorizable)
    {
    }

    /// <inheritdoc />
    protected override void Register(AnalysisContext context)
    {
        ParsedMetrics.Register(context, Analyze);
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol type, MetricModel model, IReadOnlyList<ParsedMetrics.ScalarUpdate> scalar)
    {
        foreach (var (method, reason, obstacle) in scalar)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.NotVectorizable,
                obstacle?.GetLocation() ?? MetricSymbols.MemberLocation(method),
                MetricSymbols.Display(method),
                reason));
        }
    }
}
