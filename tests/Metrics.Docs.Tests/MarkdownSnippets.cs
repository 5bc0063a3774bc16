using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Metrics.Docs.Tests;

/// <summary>Finds every <c>csharp</c> block of README.md and of the Markdown pages under docs/.</summary>
public static partial class MarkdownSnippets
{
    /// <summary>
    /// The page whose blocks tests/Metrics.Orleans.Tests compiles and runs against a test cluster instead: Orleans 10
    /// needs Roslyn 5, and this project pins Roslyn 4.14 (Directory.Packages.props), so it skips the page.
    /// </summary>
    public const string OrleansPage = "docs/distributed.md";

    /// <summary>The repository root (the folder of Metrics.Dsl.sln above the test binaries).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>
    /// The Markdown pages whose C# blocks must compile and run, relative to the repository root: README.md, every page
    /// under docs/ (but <see cref="OrleansPage"/>) and each package's README.
    /// </summary>
    public static IReadOnlyList<string> Pages() =>
        new[] { "README.md" }
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "docs"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "src"), "README.md", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(RepositoryRoot, Path.Combine(RepositoryRoot, p)).Replace('\\', '/'))
            .Where(p => p != OrleansPage)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Every <c>csharp</c> block of <see cref="Pages"/>, in page and line order.</summary>
    public static IReadOnlyList<MarkdownSnippet> All() => Pages().SelectMany(Read).ToArray();

    /// <summary>The <c>csharp</c> blocks of one page.</summary>
    /// <param name="page">A path relative to the repository root.</param>
    public static IEnumerable<MarkdownSnippet> Read(string page)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot, page));
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            var start = i;
            var end = Array.FindIndex(lines, start + 1, l => l.Trim() == "```");
            if (end < 0)
            {
                throw new InvalidDataException($"{page}:{start + 1}: the csharp block is never closed.");
            }

            var directive = start > 0 ? DirectivePattern().Match(lines[start - 1].Trim()) : Match.Empty;
            yield return new MarkdownSnippet(
                page,
                start + 1,
                string.Join('\n', lines[(start + 1)..end]),
                directive.Success ? directive.Groups[1].Value.Trim() : null);
            i = end;
        }
    }

    [GeneratedRegex(@"^<!--\s*snippet:\s*(.+?)\s*-->$")]
    private static partial Regex DirectivePattern();

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
