using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Metrics.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Metrics.Analyzers.Tests;

/// <summary>
/// Every diagnostic has one analyzer, a docs page with its title, a help link to it under the repository's address, a
/// release entry and a row in the diagnostics index.
/// </summary>
public sealed class DescriptorTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string> Ids() => new(Descriptors.Select(d => d.Id));

    [Fact]
    public void IdsAreConsecutiveAndEachIsReportedByOneAnalyzer()
    {
        Assert.Equal(Enumerable.Range(1, Descriptors.Length).Select(i => $"MET{i:000}"), Descriptors.Select(d => d.Id));
        var supported = typeof(Metrics.Generators.MetricGenerator).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .Select(d => d.Id)
            .OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(Descriptors.Select(d => d.Id), supported);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void HasADocsPageReleaseEntryAndIndexRow(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        var root = RepositoryRoot();
        Assert.Equal($"{RepositoryUrl(root)}/blob/main/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);

        var page = File.ReadAllText(Path.Combine(root, "docs", "diagnostics", id + ".md"));
        Assert.StartsWith($"# {id}: {descriptor.Title}\n", page, StringComparison.Ordinal);
        Assert.Contains($"| Severity | {descriptor.DefaultSeverity} |", page, StringComparison.Ordinal);
        foreach (var section in new[] { "## What", "## Why", "## How to fix", "## Example" })
        {
            Assert.Contains(section, page, StringComparison.Ordinal);
        }

        var releases = File.ReadAllText(Path.Combine(root, "src", "Metrics.Generators", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", releases, StringComparison.Ordinal);

        var index = File.ReadAllText(Path.Combine(root, "docs", "diagnostics", "README.md"));
        Assert.Contains($"| [{id}]({id}.md) | {descriptor.DefaultSeverity} | {descriptor.Title} |", index, StringComparison.Ordinal);
    }

    /// <summary>The one place the repository's address is written: <c>RepositoryUrl</c> in Directory.Build.props.</summary>
    private static string RepositoryUrl(string root)
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(root, "Directory.Build.props"));
        var url = props.Descendants("RepositoryUrl").Single().Value;
        Assert.StartsWith("https://", url, StringComparison.Ordinal);
        return url;
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
