using Metrics.Generators.Parsing;

namespace Metrics.Generators.Analyzers;

/// <summary>
/// Registers an analysis that runs the generator's own parser on every metric type, for the analyzers that must report
/// exactly what the generated code does (the scalar-path reasons, the overloads it leaves out).
/// </summary>
internal static class ParsedMetrics
{
    /// <summary>An update function the parser keeps on the scalar path, with the reason and the syntax it names.</summary>
    internal readonly record struct ScalarUpdate(IMethodSymbol Method, string Reason, SyntaxNode? Obstacle);

    /// <param name="context">The analysis context.</param>
    /// <param name="analyze">The analysis of a parsed metric.</param>
    /// <param name="mayReport">When given, a cheap test on the symbol alone: a metric it rejects cannot be reported on,
    /// and is not parsed.</param>
    public static void Register(
        AnalysisContext context,
        Action<SymbolAnalysisContext, INamedTypeSymbol, MetricModel, IReadOnlyList<ScalarUpdate>> analyze,
        Func<INamedTypeSymbol, bool>? mayReport = null)
    {
        context.RegisterSymbolAction(
            symbolContext =>
            {
                var type = (INamedTypeSymbol)symbolContext.Symbol;
                if (!MetricSymbols.IsMetric(type) || (mayReport is not null && !mayReport(type)))
                {
                    return;
                }

                var scalar = new List<(IMethodSymbol Method, string Reason, SyntaxNode? Obstacle)>();
                var model = MetricParser.Parse(type, symbolContext.Compilation, scalar, symbolContext.CancellationToken);
                if (model is not null)
                {
                    analyze(symbolContext, type, model, scalar.ConvertAll(s => new ScalarUpdate(s.Method, s.Reason, s.Obstacle)));
                }
            },
            SymbolKind.NamedType);
    }
}
