using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Metrics.Generators.Parsing;

namespace Metrics.Generators.Analyzers;

/// <summary>
/// Registers an analysis that runs the generator's own parser on every metric type, for the analyzers that must report
/// exactly what the generated code does (the scalar-path reasons, the overloads it leaves out). The parse is shared:
/// one per metric type and compilation, kept while the compilation lives.
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

                if (Parse(type, symbolContext.Compilation, symbolContext.CancellationToken) is { } parsed)
                {
                    analyze(symbolContext, type, parsed.Model, parsed.Scalar);
                }
            },
            SymbolKind.NamedType);
    }

    /// <summary>The parser's model of a metric, once per compilation whichever analyzer asks first (MET024 and MET030
    /// both read it).</summary>
    private static Parsed? Parse(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        var byType = Models.GetValue(compilation, _ => new ConcurrentDictionary<INamedTypeSymbol, Parsed?>(SymbolEqualityComparer.Default));
        if (byType.TryGetValue(type, out var parsed))
        {
            return parsed;
        }

        var scalar = new List<(IMethodSymbol Method, string Reason, SyntaxNode? Obstacle)>();
        var model = MetricParser.Parse(type, compilation, scalar, cancellationToken);
        parsed = model is null ? null : new Parsed(model, scalar.ConvertAll(s => new ScalarUpdate(s.Method, s.Reason, s.Obstacle)));
        return byType.GetOrAdd(type, parsed);
    }

    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<INamedTypeSymbol, Parsed?>> Models = new();

    private sealed record Parsed(MetricModel Model, IReadOnlyList<ScalarUpdate> Scalar);
}
