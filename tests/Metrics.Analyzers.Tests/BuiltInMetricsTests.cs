using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Metrics.Tests.Common;

namespace Metrics.Analyzers.Tests;

/// <summary>
/// The analyzers over the runtime's own sources, compiled with the generator as the project builds them: the
/// built-ins are the reference declarations, so no warning or error may fire, and the info MET024 fires exactly for
/// the updates whose generated operator is scalar, with the same reason.
/// </summary>
public sealed class BuiltInMetricsTests
{
    private static readonly Regex ScalarComment = new(@"// Scalar path: (?<reason>.*)\.$", RegexOptions.Multiline);
    private static readonly Regex InfoMessage = new(@"because (?<reason>.*); its batches use the scalar loop$");

    [Fact]
    public async Task BuiltInsHaveNoWarningsAndInfoOnlyForScalarUpdates()
    {
        var (compilation, generated) = CompileRuntime();
        var analyzers = typeof(Metrics.Generators.MetricGenerator).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        Assert.Equal(15, analyzers.Length);

        var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
        var problems = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.All(diagnostics, d => Assert.Equal("MET024", d.Id));

        var infos = diagnostics
            .Select(d => (Type: EnclosingType(d), Reason: InfoMessage.Match(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Groups["reason"].Value))
            .OrderBy(x => x.Type, StringComparer.Ordinal).ThenBy(x => x.Reason, StringComparer.Ordinal)
            .ToList();
        var scalar = generated
            .SelectMany(g => ScalarComment.Matches(g.Text).Select(m => (g.Type, Reason: m.Groups["reason"].Value)))
            .OrderBy(x => x.Type, StringComparer.Ordinal).ThenBy(x => x.Reason, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(scalar);
        Assert.Equal(scalar, infos);
    }

    private static string EnclosingType(Diagnostic diagnostic)
    {
        var node = diagnostic.Location.SourceTree!.GetRoot().FindNode(diagnostic.Location.SourceSpan);
        return node.AncestorsAndSelf().OfType<RecordDeclarationSyntax>().First().Identifier.ValueText;
    }

    private static (Compilation Compilation, List<(string Type, string Text)> Generated) CompileRuntime()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "Metrics.Runtime");
        var separator = Path.DirectorySeparatorChar;
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !p.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), parse, p))
            .ToList();
        var runtime = typeof(Precision).Assembly.Location;
        var references = TestReferences.All.Where(r => r is PortableExecutableReference pe && pe.FilePath != runtime);
        var compilation = CSharpCompilation.Create(
            "Metrics.Runtime",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create([new Metrics.Generators.MetricGenerator().AsSourceGenerator(), .. SdkGenerators.SystemTextJson()], parseOptions: parse);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        var generated = output.SyntaxTrees.Except(trees)
            .Where(t => t.FilePath.Contains(nameof(Metrics.Generators.MetricGenerator), StringComparison.Ordinal))
            .Select(t => (t.GetRoot().DescendantNodes().OfType<RecordDeclarationSyntax>().First().Identifier.ValueText, t.ToString()))
            .ToList();
        Assert.True(generated.Count >= 15, "generated " + generated.Count);
        return (output, generated);
    }

    private static string RepositoryRoot()
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
