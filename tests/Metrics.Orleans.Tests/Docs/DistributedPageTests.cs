using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Metrics.Docs.Tests;
using Metrics.Orleans.Tests.Cluster;
using Microsoft.CodeAnalysis;

namespace Metrics.Orleans.Tests.Docs;

/// <summary>
/// Every <c>csharp</c> block of docs/distributed.md compiles and runs against a three-silo test cluster. The page is
/// run here rather than by tests/Metrics.Docs.Tests, which skips it by name: that project pins Roslyn 4.14 (the
/// generator's floor), and Orleans 10 needs Roslyn 5.
/// </summary>
public sealed class DistributedPageTests(ThreeSilos silos) : IClassFixture<ThreeSilos>
{
    /// <summary>Each block of the page, by line.</summary>
    public static TheoryData<MarkdownSnippet> Snippets() => new(MarkdownSnippets.Read(MarkdownSnippets.OrleansPage));

    [Theory]
    [MemberData(nameof(Snippets))]
    public async Task Block_compiles_and_runs(MarkdownSnippet snippet)
    {
        DocsHarness.Client = silos.Cluster.Client;
        var harness = snippet.Harness is null ? "" : DocsHarness.Statements[snippet.Harness];
        var (compilation, diagnostics) = OrleansSnippetCompiler.Compile(OrleansSnippetCompiler.ProgramText(snippet, harness));

        var problems = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, $"{snippet} does not compile cleanly:\n{string.Join('\n', problems)}");
        await OrleansSnippetCompiler.Run(compilation);
    }

    [Fact]
    public void The_page_has_its_blocks_and_no_code_hidden_in_text_blocks()
    {
        var snippets = MarkdownSnippets.Read(MarkdownSnippets.OrleansPage).ToArray();
        var page = File.ReadAllLines(Path.Combine(MarkdownSnippets.RepositoryRoot, MarkdownSnippets.OrleansPage));

        Assert.True(snippets.Length >= 3, $"{snippets.Length} csharp blocks on {MarkdownSnippets.OrleansPage}");
        Assert.Contains(snippets, s => s.Code.Contains("IEvaluationGrain", StringComparison.Ordinal));
        Assert.All(snippets.Where(s => s.Directive is not null), s => Assert.True(
            s.Harness is not null && DocsHarness.Statements.ContainsKey(s.Harness), $"{s}: '{s.Directive}' names no harness of DocsHarness"));
        Assert.DoesNotContain(page, line => line.Trim() == "```text");
    }
}
