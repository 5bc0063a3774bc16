using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using Metrics.Docs.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Metrics.Orleans.Tests.Docs;

/// <summary>
/// Compiles a block of docs/distributed.md as the <c>Program.cs</c> of a console app, as tests/Metrics.Docs.Tests'
/// SnippetCompiler does (the same implicit usings, the harness's statements first, <c>#line</c> back to the page,
/// warnings as failures), but with the Roslyn that Orleans 10 brings (5.0) and every assembly of this test process as
/// references (Orleans, Metrics.Orleans and this project, whose <see cref="DocsHarness"/> holds the running cluster).
/// </summary>
internal static class OrleansSnippetCompiler
{
    private const string ImplicitUsings = """
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
            .Append(typeof(DocsHarness).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    /// <summary>The program: the block's usings, the harness's statements, then the rest of the block.</summary>
    public static string ProgramText(MarkdownSnippet snippet, string harness)
    {
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(snippet.Code, ParseOptions).GetRoot();
        var usingsEnd = root.Usings.Count == 0 ? 0 : root.Usings.Last().FullSpan.End;
        var firstLine = snippet.Line + 1 + snippet.Code[..usingsEnd].Count(c => c == '\n');
        return snippet.Code[..usingsEnd] + "\n" + harness
            + $"\n#line {firstLine} \"{snippet.File}\"\n" + snippet.Code[usingsEnd..] + "\n#line default\n";
    }

    /// <summary>Compiles the program and returns the compilation and every diagnostic.</summary>
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
        return (compilation, compilation.GetDiagnostics());
    }

    /// <summary>
    /// Emits the program, loads it into a context of its own (its references resolve to this process's assemblies,
    /// so it shares the test's Orleans and its cluster) and runs its entry point off the test's thread.
    /// </summary>
    public static async Task Run(Compilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException(string.Join('\n', emitted.Diagnostics));
        }

        image.Position = 0;
        var entry = new AssemblyLoadContext("orleans-snippet").LoadFromStream(image).EntryPoint!;
        await Task.Run(() =>
        {
            try
            {
                entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            }
        }).ConfigureAwait(false);
    }
}
