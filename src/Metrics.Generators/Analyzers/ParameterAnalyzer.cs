using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Metrics.Generators.Analyzers;

/// <summary>
/// A <c>[Parameter]</c> is an init-only instance property with a getter (MET021), of an immutable type compared by value
/// (MET031), whose declared range admits a value (MET032).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ParameterAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.MutableParameter, DiagnosticDescriptors.MutableParameterType, DiagnosticDescriptors.EmptyParameterRange);

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
        if (!MetricSymbols.IsMetric(property.ContainingType) || !MetricSymbols.IsRecordStruct(property.ContainingType))
        {
            return;
        }

        var attribute = MetricSymbols.FindAttribute(property, KnownNames.ParameterAttribute);
        if (attribute is null)
        {
            return;
        }

        var location = MetricSymbols.MemberLocation(property);
        if (!MetricSymbols.IsValidParameter(property))
        {
            var reason = property.IsStatic ? "is static"
                : property.GetMethod is null ? "has no getter"
                : property.SetMethod is null ? "has no init accessor"
                : "has a 'set' accessor, so it could change after validation";
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MutableParameter, location, MetricSymbols.Display(property), reason));
        }

        if (property.Type.TypeKind != TypeKind.Error && ParameterRules.MutableTypeReason(property.Type) is { } mutable)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MutableParameterType, location, MetricSymbols.Display(property), property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat), mutable));
        }

        var (min, minExclusive, max, maxExclusive) = ParameterRules.Range(attribute);
        if (ParameterRules.EmptyRange(property.Type, min, minExclusive, max, maxExclusive) is { } range)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.EmptyParameterRange, location, MetricSymbols.Display(property), range));
        }
    }
}
