using System;
using System.Collections.Generic;
using System.Linq;
using Metrics.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Metrics.Generators.Tests;

/// <summary>
/// MET028 covers every name the generator declares in a metric, for every kind of user member: the generated code never
/// fails with CS0102 (or any error), the generator skips the type and the analyzer names the member. The names are read
/// from the generated parts of every built-in, so a new generated member is covered without editing a list.
/// </summary>
public sealed class ReservedNameTests
{
    private static readonly Lazy<IReadOnlyList<string>> GeneratedNames = new(() =>
    {
        var (output, _) = GeneratorHarness.Run(GeneratorHarness.Compile(GeneratorHarness.RuntimeSources(), includeRuntime: false, "Metrics.Runtime"));
        return output.SyntaxTrees
            .Where(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal))
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<RecordDeclarationSyntax>())
            .SelectMany(r => r.Members.Where(m => !IsFunctionMetricState(m)).SelectMany(DeclaredNames))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
    });

    // A function metric's generated part declares its state fields and Compute: names that are the user's own in any other
    // metric (in a function metric MET038 reports them), not reserved ones.
    private static bool IsFunctionMetricState(MemberDeclarationSyntax member) =>
        member is FieldDeclarationSyntax { AttributeLists.Count: > 0 } or MethodDeclarationSyntax { Identifier.ValueText: "Compute" };

    /// <summary>A user member of each kind, named <c>{0}</c>.</summary>
    public static TheoryData<string> MemberKinds() => new()
    {
        "public double {0};",
        "[Sum] public double {0};",
        "public double {0} { get; init; }",
        "[Parameter] public double {0} { get; init; } = 1.0;",
        "public static int {0}(string text) => 0;",
        "public struct {0} { }",
        "public event System.Action? {0};",
    };

    [Fact]
    public void TheGeneratedNamesAreFound()
    {
        Assert.Contains("Merge", GeneratedNames.Value);
        Assert.Contains("Update", GeneratedNames.Value);
        Assert.Contains("PairOperator", GeneratedNames.Value);
        Assert.Contains("_identitySet", GeneratedNames.Value);
    }

    [Theory]
    [MemberData(nameof(MemberKinds))]
    public void AMemberNamedLikeAGeneratedOneIsReportedAndBreaksNoGeneratedCode(string member)
    {
        // A method named Update or Merge is a DSL function (MET009/MET010/MET015 judge it), not a clash; so are the
        // ISharesStatistics members a metric may write itself (a derived metric's StatisticsTemplate maps its parameters).
        var names = GeneratedNames.Value.Where(n => !(member.Contains('(', StringComparison.Ordinal) && n is "Update" or "Merge" or "StatisticsTemplate" or "WithStatistics")).ToList();
        var sources = names.Select((name, i) => ($"M{i}.cs", $$"""
            using Metrics;
            namespace App;
            [Metric]
            public partial record struct M{{i}}
            {
                {{member.Replace("{0}", name, StringComparison.Ordinal)}}
                [Sum] public double Total;
                static M{{i}} Update(double value) => new() { Total = value };
                public readonly double Compute() => Total;
            }
            """)).ToArray();
        var (diagnostics, output) = CommandLineBuild.Run(sources);

        var generatedErrors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error
            && d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true).ToList();
        Assert.True(generatedErrors.Count == 0, CommandLineBuild.Format(generatedErrors));

        var reported = new DeclarationAnalyzerRun(output).Reserved();
        var missing = names.Where((name, i) => !reported.Contains((name, "M" + i))).ToList();
        Assert.True(missing.Count == 0, $"no MET028 for {member} named: {string.Join(", ", missing)}\n{CommandLineBuild.Format(diagnostics)}");
    }

    // An explicit interface implementation (IMetric<T, R>.Compute) declares no member name of the type.
    private static IEnumerable<string> DeclaredNames(MemberDeclarationSyntax member) => member switch
    {
        MethodDeclarationSyntax { ExplicitInterfaceSpecifier: not null } => Array.Empty<string>(),
        PropertyDeclarationSyntax { ExplicitInterfaceSpecifier: not null } => Array.Empty<string>(),
        MethodDeclarationSyntax method => new[] { method.Identifier.ValueText },
        PropertyDeclarationSyntax property => new[] { property.Identifier.ValueText },
        EventDeclarationSyntax @event => new[] { @event.Identifier.ValueText },
        BaseFieldDeclarationSyntax field => field.Declaration.Variables.Select(v => v.Identifier.ValueText),
        BaseTypeDeclarationSyntax type => new[] { type.Identifier.ValueText },
        DelegateDeclarationSyntax @delegate => new[] { @delegate.Identifier.ValueText },
        _ => Array.Empty<string>(),
    };

    /// <summary>The DeclarationAnalyzer alone, over a compilation: the (member, metric) pairs of its MET028 reports.</summary>
    private sealed class DeclarationAnalyzerRun(Compilation compilation)
    {
        public HashSet<(string Member, string Metric)> Reserved() =>
            compilation.WithAnalyzers([new DeclarationAnalyzer()]).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
                .Where(d => d.Id == DiagnosticIds.ReservedMemberName)
                .Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split('\''))
                .Select(parts => (parts[1], parts[3]))
                .ToHashSet();
    }
}
