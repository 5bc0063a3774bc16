using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Metrics.Docs.Tests;

/// <summary>
/// Every <c>csharp</c> block of README.md and docs/ compiles as the <c>Program.cs</c> of a console app and runs;
/// a block marked <c>snippet: expect METxxx</c> instead shows the diagnostic it documents.
/// </summary>
public sealed class DocumentationSnippetTests
{
    /// <summary>Each block, by page and line.</summary>
    public static TheoryData<MarkdownSnippet> Snippets() => new(MarkdownSnippets.All());

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Block_compiles_and_runs_or_shows_its_diagnostic(MarkdownSnippet snippet)
    {
        var harness = snippet.Harness is null ? "" : SnippetHarnesses.Statements[snippet.Harness];
        var (compilation, diagnostics) = SnippetCompiler.Compile(SnippetCompiler.ProgramText(snippet, harness));

        if (snippet.ExpectedDiagnostic is { } expected)
        {
            Assert.True(
                diagnostics.Any(d => d.Id == expected),
                $"{snippet}: expected {expected}; got:\n{string.Join('\n', diagnostics)}");
            return;
        }

        var problems = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        Assert.True(problems.Length == 0, $"{snippet} does not compile cleanly:\n{string.Join('\n', problems)}");
        SnippetCompiler.Run(compilation);
    }

    [Fact]
    public void Pages_have_blocks_and_every_harness_is_used()
    {
        var snippets = MarkdownSnippets.All();
        Assert.Contains(snippets, s => s.File == "README.md");
        var named = snippets.Select(s => s.Harness).OfType<string>().ToHashSet();
        Assert.All(named, name => Assert.True(SnippetHarnesses.Statements.ContainsKey(name), $"no harness '{name}'"));
        Assert.Empty(SnippetHarnesses.Statements.Keys.Except(named));
    }

    [Fact]
    public void Directives_are_understood()
    {
        var unknown = MarkdownSnippets.All()
            .Where(s => s.Directive is not null && s.Harness is null && s.ExpectedDiagnostic is null)
            .Select(s => $"{s}: '{s.Directive}'");
        Assert.Empty(unknown);
    }
}
