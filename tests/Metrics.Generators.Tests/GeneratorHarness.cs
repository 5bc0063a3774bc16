using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Metrics.Generators.Tests;

/// <summary>Compiles sources, runs the generator over them, and exposes the generated trees and diagnostics.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.Preview)
        .WithDocumentationMode(DocumentationMode.Diagnose);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Framework references plus the DSL's own assemblies; the runtime only when compiling user code.</summary>
    public static IReadOnlyList<MetadataReference> References(bool includeRuntime)
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => !Path.GetFileName(p).StartsWith("Metrics.", StringComparison.Ordinal))
            .ToList();
        paths.Add(typeof(MetricAttribute).Assembly.Location);
        if (includeRuntime)
        {
            paths.Add(typeof(Metrics.Kernels.MetricKernel).Assembly.Location);
        }

        return paths.Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }

    public static CSharpCompilation Compile(IEnumerable<(string Path, string Text)> sources, bool includeRuntime, string assemblyName = "Tests") =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path)),
            References(includeRuntime),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

    public static GeneratorDriver CreateDriver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new MetricGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static (Compilation Output, GeneratorDriverRunResult Result) Run(CSharpCompilation compilation)
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        return (output, driver.GetRunResult());
    }

    /// <summary>Errors and warnings of a compilation, formatted for an assertion message.</summary>
    public static ImmutableArray<Diagnostic> Problems(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    /// <summary>The built-in metric sources of Metrics.Runtime, as the project compiles them.</summary>
    public static IReadOnlyList<(string Path, string Text)> RuntimeSources()
    {
        var root = Path.Combine(RepositoryRoot, "src", "Metrics.Runtime");
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path.GetRelativePath(RepositoryRoot, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Metrics.Dsl.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Metrics.Dsl.sln not found above " + AppContext.BaseDirectory);
    }
}
