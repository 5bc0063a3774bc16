using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Metrics.Generators.Analyzers;

/// <summary>
/// <c>Compute</c> present (MET013) and a public, non-static, parameterless, non-generic method returning a value
/// (MET014); a user <c>Merge</c>, when declared, is <c>static T Merge(T a, T b)</c> (MET015).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ComputeAndMergeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MissingCompute,
        DiagnosticDescriptors.IllTypedCompute,
        DiagnosticDescriptors.IllTypedMerge);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
    }

    private static void Analyze(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!MetricSymbols.IsMetric(type) || !MetricSymbols.IsRecordStruct(type))
        {
            return;
        }

        AnalyzeCompute(context, type);
        foreach (var merge in MetricSymbols.Merges(type))
        {
            var problems = MergeProblems(merge, type);
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

        var problems = computes.Select(c => (Member: c, Problems: ComputeProblems(c))).ToList();
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

    /// <summary>Why a member named Compute is not the one the generator uses (empty when it is).</summary>
    public static List<string> ComputeProblems(ISymbol member)
    {
        var problems = new List<string>();
        if (member is not IMethodSymbol method)
        {
            problems.Add("is not a method");
            return problems;
        }

        if (method.IsStatic)
        {
            problems.Add("is static");
        }

        if (method.DeclaredAccessibility != Accessibility.Public)
        {
            problems.Add("is not public");
        }

        if (method.Parameters.Length > 0)
        {
            problems.Add("takes parameters");
        }

        if (method.ReturnsVoid)
        {
            problems.Add("returns void");
        }
        else if (method.ReturnsByRef || method.ReturnsByRefReadonly)
        {
            problems.Add("returns by reference");
        }
        else if (!MetricSymbols.IsValidResultType(method))
        {
            problems.Add("returns a pointer, a ref struct or dynamic, which cannot be the result type of IMetric");
        }

        if (method.TypeParameters.Length > 0)
        {
            problems.Add("is generic");
        }

        return problems;
    }

    /// <summary>Why a method named Merge is not a user merge the generated code can call (empty when it is).</summary>
    public static List<string> MergeProblems(IMethodSymbol merge, INamedTypeSymbol type)
    {
        var problems = new List<string>();
        if (!merge.IsStatic)
        {
            problems.Add("is not static (the generated instance 'Merge(other)' would clash with it)");
        }

        if (!SymbolEqualityComparer.Default.Equals(merge.ReturnType, type) || merge.ReturnsByRef || merge.ReturnsByRefReadonly)
        {
            problems.Add($"does not return '{type.Name}' by value");
        }

        if (merge.Parameters.Length != 2 || merge.Parameters.Any(p => !SymbolEqualityComparer.Default.Equals(p.Type, type)))
        {
            problems.Add($"does not take two '{type.Name}' arguments");
        }
        else if (merge.Parameters.Any(p => p.RefKind is not (RefKind.None or RefKind.In)))
        {
            problems.Add("takes an argument by 'ref' or 'out'");
        }

        if (merge.TypeParameters.Length > 0)
        {
            problems.Add("is generic");
        }

        return problems;
    }
}
