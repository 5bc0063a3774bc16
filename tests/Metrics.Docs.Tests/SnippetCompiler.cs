using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Metrics.Generators;

namespace Metrics.Docs.Tests;

/// <summary>
/// Compiles a Markdown snippet as the <c>Program.cs</c> of a new console app that references Metrics.Runtime
/// (with the console template's implicit usings, plus <c>using Metrics;</c>), with the generator and the analyzers
/// of the package, and runs it.
/// </summary>
public static class SnippetCompiler
{
    /// <summary>The global usings of <c>dotnet new console</c>, plus the library's namespace.</summary>
    public const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        global using global::Metrics;
        """;

    private static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => !Path.GetFileName(p).StartsWith("Metrics.", StringComparison.Ordinal))
            .Append(typeof(MetricAttribute).Assembly.Location)
            .Append(typeof(MetricRegistry).Assembly.Location)
            .Append(typeof(MetricStateJson).Assembly.Location)
            .Append(typeof(Metrics.Plotting.RocPlot).Assembly.Location)
            .Append(typeof(Metrics.Data.MetricDataSource).Assembly.Location)
            .Append(typeof(Metrics.ML.DataViewEvaluation).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> Analyzers = new(() =>
        typeof(MetricGenerator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray());

    /// <summary>
    /// The program: the snippet's using directives, then the harness's statements, then the rest of the snippet as
    /// written (its statements, then its type declarations), then the harness's declarations.
    /// </summary>
    public static string ProgramText(MarkdownSnippet snippet, string harness)
    {
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(snippet.Code, ParseOptions).GetRoot();
        var usingsEnd = root.Usings.Count == 0 ? 0 : root.Usings.Last().FullSpan.End;
        var parts = harness.Split("// declarations\n");
        var firstLine = snippet.Line + 1 + snippet.Code[..usingsEnd].Count(c => c == '\n');
        return snippet.Code[..usingsEnd] + "\n" + parts[0]
            + $"\n#line {firstLine} \"{snippet.File}\"\n" + snippet.Code[usingsEnd..]
            + "\n#line default\n" + (parts.Length > 1 ? parts[1] : "");
    }

    /// <summary>Compiles the program with the generator and returns the compilation and every diagnostic.</summary>
    public static (Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics) Compile(string programText)
    {
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [
                CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, "GlobalUsings.g.cs"),
                CSharpSyntaxTree.ParseText(programText, ParseOptions, "Program.cs"),
            ],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(new MetricGenerator().AsSourceGenerator())
            .WithUpdatedParseOptions(ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var analyzed = output.WithAnalyzers(Analyzers.Value);
        var diagnostics = generatorDiagnostics
            .Concat(analyzed.GetAllDiagnosticsAsync().GetAwaiter().GetResult())
            .ToImmutableArray();
        return (output, diagnostics);
    }

    /// <summary>Emits the compiled program, loads it into its own collectible context and runs its entry point.</summary>
    public static void Run(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(string.Join('\n', emitted.Diagnostics));
        }

        var context = new AssemblyLoadContext("snippet", isCollectible: true);
        try
        {
            image.Position = 0;
            var entry = context.LoadFromStream(image).EntryPoint!;
            try
            {
                entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            }
        }
        finally
        {
            context.Unload();
        }
    }
}
