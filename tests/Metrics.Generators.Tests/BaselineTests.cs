using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Metrics.Generators.Tests;

/// <summary>
/// The generated source of every built-in metric, compared with checked-in baselines
/// (<c>Baselines/{hint}.txt</c>; Verify.SourceGenerators cannot be restored here). Set
/// <c>METRICS_UPDATE_BASELINES=1</c> to rewrite them (and delete stale ones), then review the diff.
/// </summary>
public sealed class BaselineTests
{
    private static readonly string BaselineFolder =
        Path.Combine(GeneratorHarness.RepositoryRoot, "tests", "Metrics.Generators.Tests", "Baselines");

    private static readonly Lazy<(Compilation Output, IReadOnlyDictionary<string, string> Generated)> Runtime = new(() =>
    {
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(GeneratorHarness.RuntimeSources(), includeRuntime: false, "Metrics.Runtime"));
        var generated = result.Results.Single().GeneratedSources
            .ToDictionary(s => s.HintName, s => Normalize(s.SourceText.ToString()), StringComparer.Ordinal);
        return (output, generated);
    });

    // Every generated output of the runtime is a built-in: a new built-in gets its baseline test without editing a list.
    public static IEnumerable<object[]> BuiltIns() =>
        Runtime.Value.Generated.Keys
            .Select(hint => hint.Substring("Metrics.".Length, hint.Length - "Metrics.".Length - ".g.cs".Length))
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void GeneratedSourceMatchesBaseline(string metric)
    {
        var hint = $"Metrics.{metric}.g.cs";
        Assert.True(Runtime.Value.Generated.TryGetValue(hint, out var actual), $"No output named {hint}.");
        var path = Path.Combine(BaselineFolder, hint + ".txt");
        if (UpdateRequested)
        {
            Directory.CreateDirectory(BaselineFolder);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Missing baseline {path}; run with METRICS_UPDATE_BASELINES=1.");
        Assert.Equal(Normalize(File.ReadAllText(path)), actual);
    }

    [Fact]
    public void EveryOutputHasABaselineAndNoBaselineIsStale()
    {
        var expected = Runtime.Value.Generated.Keys.Select(k => k + ".txt").OrderBy(k => k, StringComparer.Ordinal).ToList();
        if (UpdateRequested)
        {
            foreach (var stale in Directory.EnumerateFiles(BaselineFolder).Where(f => !expected.Contains(Path.GetFileName(f))))
            {
                File.Delete(stale);
            }
        }

        var actual = Directory.EnumerateFiles(BaselineFolder).Select(f => Path.GetFileName(f)!).OrderBy(k => k, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(BuiltIns().Count(), expected.Count);
    }

    [Fact]
    public void GeneratedRuntimeCompilesWithoutErrorsOrWarnings()
    {
        // The configuration readers use a System.Text.Json context, which the SDK's own generator completes.
        CSharpGeneratorDriver.Create(Metrics.Tests.Common.SdkGenerators.SystemTextJson(), parseOptions: GeneratorHarness.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(Runtime.Value.Output, out var withJson, out _);
        var problems = GeneratorHarness.Problems(withJson);
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void OutputIsDeterministic()
    {
        var again = GeneratorHarness.Run(GeneratorHarness.Compile(GeneratorHarness.RuntimeSources(), includeRuntime: false, "Metrics.Runtime")).Result;
        var texts = again.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => Normalize(s.SourceText.ToString()));
        Assert.Equal(Runtime.Value.Generated, texts);
    }

    // Without profile data (full opts, tiered PGO off) the JIT's inliner refused the per-block Add of larger operators:
    // a call and a copy of the lane accumulators per block, 2.9x slower (Accuracy on 1M floats, AVX2). Every per-block
    // vector member is therefore marked for inlining.
    [Fact]
    public void EveryPerBlockVectorMemberIsMarkedForInlining()
    {
        var members = 0;
        foreach (var (hint, text) in Runtime.Value.Generated)
        {
            var lines = text.Split('\n');
            for (var i = 1; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.StartsWith("public readonly void Add(ref global::Metrics.Kernels.Lanes<", StringComparison.Ordinal)
                    || (line.StartsWith("public readonly global::System.Runtime.Intrinsics.Vector", StringComparison.Ordinal) && line.Contains(" Cells(", StringComparison.Ordinal)))
                {
                    members++;
                    Assert.True(
                        lines[i - 1].Trim() == "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]",
                        $"{hint}, line {i + 1}: {line}");
                }
            }
        }

        Assert.True(members > 100, $"only {members} per-block vector members found");
    }

    private static bool UpdateRequested => Environment.GetEnvironmentVariable("METRICS_UPDATE_BASELINES") == "1";

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
}
