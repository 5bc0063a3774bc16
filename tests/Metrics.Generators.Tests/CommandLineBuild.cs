using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Metrics.Generators.Tests;

/// <summary>
/// What a command-line build (csc) prints for some sources: the generator's diagnostics, then the parse and declaration
/// errors; only when there are none does csc compile the bodies and run the analyzers. An IDE or an analyzer test
/// shows every analyzer's diagnostic whatever the errors, so only this order shows what a user of <c>dotnet build</c> sees.
/// </summary>
internal static class CommandLineBuild
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(MetricGenerator).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>The diagnostics a command-line build reports, in csc's order, and the generator's output.</summary>
    public static (IReadOnlyList<Diagnostic> Diagnostics, Compilation Output) Run(params (string Path, string Text)[] sources)
    {
        var compilation = GeneratorHarness.Compile(sources, includeRuntime: true);
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var reported = new List<Diagnostic>(generatorDiagnostics);
        var declarationErrors = output.GetParseDiagnostics().Concat(output.GetDeclarationDiagnostics())
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .ToList();
        reported.AddRange(declarationErrors);
        if (declarationErrors.Count == 0)
        {
            reported.AddRange(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            reported.AddRange(output.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult());
        }

        return (reported, output);
    }

    /// <summary>The diagnostics formatted one a line, for assertion messages.</summary>
    public static string Format(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));
}
