using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Metrics.Generators.Analyzers;

/// <summary>
/// The form of a <c>[Metric]</c> type: a partial record struct (MET001, MET002), not generic (MET003), not nested in
/// a generic type (MET004), in partial containing types (MET005), with the attribute on its first part (MET006).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeclarationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.NotPartial,
        DiagnosticDescriptors.NotRecordStruct,
        DiagnosticDescriptors.GenericMetric,
        DiagnosticDescriptors.NestedInGenericType,
        DiagnosticDescriptors.ContainingTypeNotPartial,
        DiagnosticDescriptors.AttributeNotOnFirstPart,
        DiagnosticDescriptors.ReservedMemberName);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
    }

    /// <summary>
    /// MET005 is reported while analyzing the containing type itself, so that the diagnostic is local to the symbol
    /// being analyzed (the IDE and the code fix need that).
    /// </summary>
    private static void ReportNonPartialContainer(SymbolAnalysisContext context, INamedTypeSymbol outer, System.Threading.CancellationToken ct)
    {
        var metric = FirstNestedMetric(outer);
        if (metric is null)
        {
            return;
        }

        foreach (var reference in outer.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(ct) is TypeDeclarationSyntax syntax && !syntax.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ContainingTypeNotPartial, syntax.Identifier.GetLocation(), MetricSymbols.Display(outer), MetricSymbols.Display(metric)));
            }
        }
    }

    private static INamedTypeSymbol? FirstNestedMetric(INamedTypeSymbol outer)
    {
        foreach (var nested in outer.GetTypeMembers())
        {
            if (MetricSymbols.IsMetric(nested))
            {
                return nested;
            }

            var deeper = FirstNestedMetric(nested);
            if (deeper is not null)
            {
                return deeper;
            }
        }

        return null;
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var ct = context.CancellationToken;
        ReportNonPartialContainer(context, type, ct);
        if (!MetricSymbols.IsMetric(type))
        {
            return;
        }

        var name = MetricSymbols.Display(type);
        if (!MetricSymbols.IsRecordStruct(type) || type.IsReadOnly || type.IsFileLocal)
        {
            var kind = type.IsFileLocal ? "file-local type (the generated part is in another file)"
                : type.IsRecord && type.TypeKind == TypeKind.Struct ? "readonly record struct (its state is accumulated in place)"
                : type.IsRecord ? "record class" : type.TypeKind == TypeKind.Struct ? "plain struct" : type.TypeKind.ToString().ToLowerInvariant();
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotRecordStruct, MetricSymbols.TypeLocation(type, ct), name, kind));
            return;
        }

        if (type.TypeParameters.Length > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GenericMetric, MetricSymbols.TypeLocation(type, ct), name));
        }

        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (outer.TypeParameters.Length > 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.NestedInGenericType, MetricSymbols.TypeLocation(type, ct), name, MetricSymbols.Display(outer)));
                break;
            }
        }

        foreach (var member in MetricSymbols.ReservedMembers(type, ct).Distinct(SymbolEqualityComparer.Default))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ReservedMemberName, MetricSymbols.MemberLocation(member!), member!.Name, name));
        }

        var declarations = type.DeclaringSyntaxReferences.Select(r => r.GetSyntax(ct)).OfType<TypeDeclarationSyntax>().ToList();
        var notPartial = declarations.Where(d => !d.Modifiers.Any(SyntaxKind.PartialKeyword)).ToList();
        foreach (var declaration in notPartial)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotPartial, declaration.Identifier.GetLocation(), name));
        }

        if (notPartial.Count > 0 || declarations.Count < 2)
        {
            return;
        }

        var attribute = MetricSymbols.FindAttribute(type, KnownNames.MetricAttribute)?.ApplicationSyntaxReference?.GetSyntax(ct);
        var attributed = attribute?.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        if (attributed is not null && attributed != declarations[0])
        {
            var file = System.IO.Path.GetFileName(declarations[0].SyntaxTree.FilePath);
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.AttributeNotOnFirstPart,
                attribute!.GetLocation(),
                new[] { declarations[0].Identifier.GetLocation() },
                name,
                string.IsNullOrEmpty(file) ? "the first file" : file));
        }
    }
}
