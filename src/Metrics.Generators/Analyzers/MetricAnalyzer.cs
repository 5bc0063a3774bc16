namespace Metrics.Generators.Analyzers;

/// <summary>
/// What every Metrics.Dsl analyzer does alike: it names the diagnostics it reports, skips generated code, runs
/// concurrently, and most look at each <c>[Metric]</c> record struct in turn.
/// </summary>
public abstract class MetricAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Creates an analyzer that reports <paramref name="supported"/>.</summary>
    /// <param name="supported">The diagnostics the analyzer reports.</param>
    protected MetricAnalyzer(params DiagnosticDescriptor[] supported) =>
        SupportedDiagnostics = ImmutableArray.Create(supported);

    /// <inheritdoc />
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        Register(context);
    }

    /// <summary>Registers the analyzer's actions (generated code is already left out).</summary>
    /// <param name="context">The context <see cref="Initialize"/> was given.</param>
    protected abstract void Register(AnalysisContext context);

    /// <summary>Runs <paramref name="analyze"/> on every <c>[Metric]</c> record struct, or on the derived or the other ones only.</summary>
    /// <param name="context">The context to register on.</param>
    /// <param name="analyze">The analysis of one metric type.</param>
    /// <param name="derived">True: only derived metrics (a <c>[Statistics]</c> field); false: only the metrics with state
    /// fields of their own (neither derived nor per-column, see <see cref="CellsMetricAnalyzer"/>); null: all.</param>
    protected static void RegisterMetricTypes(AnalysisContext context, Action<SymbolAnalysisContext, INamedTypeSymbol> analyze, bool? derived = null) =>
        context.RegisterSymbolAction(
            symbolContext =>
            {
                var type = (INamedTypeSymbol)symbolContext.Symbol;
                if (MetricSymbols.IsMetric(type) && MetricSymbols.IsRecordStruct(type)
                    && (derived is null || MetricSymbols.IsDerived(type, symbolContext.CancellationToken) == derived)
                    && (derived != false || !MetricSymbols.IsCellsMetric(type, symbolContext.CancellationToken)))
                {
                    analyze(symbolContext, type);
                }
            },
            SymbolKind.NamedType);
}
