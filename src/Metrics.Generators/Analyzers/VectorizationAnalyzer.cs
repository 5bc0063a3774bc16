using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Metrics.Generators.Analyzers;

/// <summary>
/// Tells, as an info diagnostic (MET024), which expression keeps a static update function (or the user merge its
/// contributions go through) from being lifted to SIMD lanes; see <see cref="VectorizabilityRules"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class VectorizationAnalyzer : DiagnosticAnalyzer
{
    private const int MaxExpressionLength = 60;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.NotVectorizable);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationBlockAction(Analyze);
    }

    private static void Analyze(OperationBlockAnalysisContext context)
    {
        if (context.OwningSymbol is not IMethodSymbol { IsStatic: true, MethodKind: MethodKind.Ordinary } method
            || method.Name is not ("Update" or "Merge")
            || !MetricSymbols.IsMetric(method.ContainingType)
            || !SymbolEqualityComparer.Default.Equals(method.ReturnType, method.ContainingType)
            || (method.Name == "Merge" && !MetricSymbols.IsRecognisedMerge(method)))
        {
            return;
        }

        var row = method.Parameters.FirstOrDefault(p => p.Type is INamedTypeSymbol { IsGenericType: true } named
            && named.ConstructedFrom.ToDisplayString() == "System.ReadOnlySpan<T>");
        if (row is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.NotVectorizable,
                MetricSymbols.MemberLocation(row),
                MetricSymbols.Display(method),
                row.ToDisplayString(MetricSymbols.MemberFormat),
                "a row update runs once per row"));
            return;
        }

        foreach (var block in context.OperationBlocks)
        {
            if (block is not (IMethodBodyOperation or IBlockOperation))
            {
                continue;
            }

            var obstacle = VectorizabilityRules.FirstObstacle(block);
            if (obstacle is { } found)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.NotVectorizable,
                    found.Operation.Syntax.GetLocation(),
                    MetricSymbols.Display(method),
                    Shorten(found.Operation.Syntax.ToString()),
                    found.Reason));
                return;
            }
        }
    }

    private static string Shorten(string text)
    {
        var line = text.Split('\n')[0].Trim();
        return line.Length <= MaxExpressionLength && line.Length == text.Trim().Length
            ? line
            : (line.Length > MaxExpressionLength ? line.Substring(0, MaxExpressionLength) : line) + " ...";
    }
}
