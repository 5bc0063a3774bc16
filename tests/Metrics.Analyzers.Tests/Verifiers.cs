using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Metrics.Analyzers.Tests;

/// <summary>
/// Test configuration shared by the analyzer and code-fix tests: the running runtime's framework assemblies (no
/// reference-pack download at test time) plus Metrics.Abstractions and Metrics.Runtime, C# preview.
/// </summary>
internal static class TestReferences
{
    public static readonly ImmutableArray<MetadataReference> All = Create();

    /// <summary>
    /// References the framework and the DSL, and runs the generator so that metrics are complete as in a real
    /// build (the generated sources themselves are checked by the generator tests, not here).
    /// </summary>
    public static void Apply(AnalyzerTest<DefaultVerifier> test)
    {
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.TestState.AdditionalReferences.AddRange(All);
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    public static readonly Type[] Generators = { typeof(Metrics.Generators.MetricGenerator) };

    private static ImmutableArray<MetadataReference> Create()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => !Path.GetFileName(p).StartsWith("Metrics.", StringComparison.Ordinal)
                && !Path.GetFileName(p).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
                && !Path.GetFileName(p).StartsWith("xunit", StringComparison.Ordinal))
            .Append(typeof(MetricAttribute).Assembly.Location)
            .Append(typeof(Precision).Assembly.Location)
            .Distinct()
            .OrderBy(p => p, StringComparer.Ordinal);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    }
}

/// <summary><c>CSharpAnalyzerTest</c> configured for the DSL.</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>Runs the analyzer over <paramref name="source"/>, whose markup (<c>{|MET001:...|}</c>) names every expected diagnostic.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(new[] { source }, expected);

    /// <summary>Runs the analyzer over several files.</summary>
    public static Task VerifyAsync(string[] sources, params DiagnosticResult[] expected)
    {
        var test = new Test();
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"File{i}.cs", sources[i]));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// Runs the analyzer over a source whose expected diagnostics include the generator's: those are errors that
    /// '#pragma warning disable' does not silence, so the suppression check is skipped.
    /// </summary>
    public static Task VerifyWithGeneratorDiagnosticsAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestState.Sources.Add(("File0.cs", source));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>An expected diagnostic of the analyzer, located with <c>{|#n:...|}</c> markup and <c>WithLocation(n)</c>.</summary>
    public static DiagnosticResult Diagnostic(string id) =>
        CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(new TAnalyzer().SupportedDiagnostics.Single(d => d.Id == id));

    private sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test() => TestReferences.Apply(this);

        protected override System.Collections.Generic.IEnumerable<Type> GetSourceGenerators() => TestReferences.Generators;

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Preview);
    }
}

/// <summary><c>CSharpCodeFixTest</c> configured for the DSL.</summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>Checks that <paramref name="source"/> reports the marked diagnostics and that the fix gives <paramref name="fixedSource"/>.</summary>
    public static Task VerifyAsync(string source, string fixedSource)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        return test.RunAsync(CancellationToken.None);
    }

    private sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test() => TestReferences.Apply(this);

        protected override System.Collections.Generic.IEnumerable<Type> GetSourceGenerators() => TestReferences.Generators;

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Preview);
    }
}
