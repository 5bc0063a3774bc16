using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Metrics.Generators.Analyzers;

/// <summary>A <c>[Parameter]</c> is an init-only instance property with a getter (MET021).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ParameterAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.MutableParameter);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(Analyze, SymbolKind.Property);
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var property = (IPropertySymbol)context.Symbol;
        if (!MetricSymbols.IsMetric(property.ContainingType) || !MetricSymbols.IsRecordStruct(property.ContainingType)
            || !MetricSymbols.HasAttribute(property, KnownNames.ParameterAttribute) || MetricSymbols.IsValidParameter(property))
        {
            return;
        }

        var reason = property.IsStatic ? "is static"
            : property.GetMethod is null ? "has no getter"
            : property.SetMethod is null ? "has no init accessor"
            : "has a 'set' accessor, so it could change after validation";
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.MutableParameter, MetricSymbols.MemberLocation(property), MetricSymbols.Display(property), reason));
    }
}
