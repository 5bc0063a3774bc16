using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Metrics.Generators.Tests;

/// <summary>
/// The pipeline stays cached across real edits: transforms report Cached or Unchanged and the source outputs
/// report Cached unless the metric itself changed; cached models hold no symbols, syntax, locations or compilations.
/// </summary>
public sealed class IncrementalTests
{
    private const string Mse = """
        using Metrics;
        namespace App;
        [Metric]
        public partial record struct Mse
        {
            [Sum] public double Squared;
            [Sum] public double Count;
            static Mse Update(double label, double prediction) { var d = prediction - label; return new() { Squared = d * d, Count = 1 }; }
            public readonly double Compute() => Squared / Count;
        }
        """;

    private const string Other = "namespace App; public static class Helpers { public static int Twice(int x) => 2 * x; }";

    [Fact]
    public void UnrelatedTreeAddedKeepsOutputsCached()
    {
        var (driver, compilation) = FirstRun(("Mse.cs", Mse));
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App; public class Unrelated { }", GeneratorHarness.ParseOptions, "Unrelated.cs"));
        AssertCached(driver.RunGenerators(edited).GetRunResult());
    }

    [Fact]
    public void MethodBodyEditElsewhereKeepsOutputsCached()
    {
        var (driver, compilation) = FirstRun(("Mse.cs", Mse), ("Helpers.cs", Other));
        var edited = Replace(compilation, "Helpers.cs", Other.Replace("2 * x", "x + x", StringComparison.Ordinal));
        AssertCached(driver.RunGenerators(edited).GetRunResult());
    }

    [Fact]
    public void WhitespaceAndCommentEditInTheMetricKeepsOutputsCached()
    {
        var (driver, compilation) = FirstRun(("Mse.cs", Mse));
        var edited = Replace(compilation, "Mse.cs", "// a comment\n" + Mse.Replace("    [Sum]", "\n        [Sum]", StringComparison.Ordinal));
        AssertCached(driver.RunGenerators(edited).GetRunResult());
    }

    [Theory]
    [InlineData("skeleton", "public partial record struct")]
    [InlineData("diagnostics", "public record struct")]
    public void ABrokenDeclarationsOutputHoldsNoCompilationObjectsAndStaysCached(string output, string declaration)
    {
        // A parameter initializer and no Compute: the generator emits the constructor only, or reports MET001.
        var broken = Mse.Replace("public partial record struct", declaration, StringComparison.Ordinal)
            .Replace("[Sum] public double Count;", "[Sum] public double Count;\n    [Parameter] public double Scale { get; init; } = 1.0;", StringComparison.Ordinal)
            .Replace("    public readonly double Compute() => Squared / Count;\n", string.Empty, StringComparison.Ordinal);
        var (driver, compilation) = FirstRun(("Mse.cs", broken));
        var first = driver.GetRunResult();
        Assert.Equal(output == "skeleton" ? 1 : 0, first.GeneratedTrees.Length);
        Assert.Equal(output == "skeleton" ? 0 : 1, first.Diagnostics.Length);
        foreach (var step in first.Results.Single().TrackedSteps[TrackingNames.MetricModels].SelectMany(s => s.Outputs))
        {
            AssertNoForbiddenTypes(step.Value, new HashSet<object>(ReferenceEqualityComparer.Instance), TrackingNames.MetricModels);
        }

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App; public class Unrelated { }", GeneratorHarness.ParseOptions, "Unrelated.cs"));
        var run = driver.RunGenerators(edited).GetRunResult().Results.Single();
        Assert.All(run.TrackedSteps[TrackingNames.MetricModels].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        var outputs = run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void EditingTheMetricRegeneratesIt()
    {
        var (driver, compilation) = FirstRun(("Mse.cs", Mse));
        var edited = Replace(compilation, "Mse.cs", Mse.Replace("[Sum] public double Count;", "[Sum] public double Count;\n    [Max] public double Worst;", StringComparison.Ordinal));
        var result = driver.RunGenerators(edited).GetRunResult();
        var outputs = result.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Contains(outputs, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("Worst", result.GeneratedTrees.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AddingAMetricAddsOnlyThatOutput()
    {
        var (driver, compilation) = FirstRun(("Mse.cs", Mse));
        var second = Mse.Replace("Mse", "Mse2", StringComparison.Ordinal);
        var result = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(second, GeneratorHarness.ParseOptions, "Mse2.cs"))).GetRunResult();
        var reasons = result.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.New));
        Assert.Equal(2, reasons.Count);
        Assert.Equal(2, result.GeneratedTrees.Length);
    }

    [Fact]
    public void CachedModelsHoldNoCompilationObjects()
    {
        var (driver, _) = FirstRun(("Mse.cs", Mse));
        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        foreach (var name in new[] { TrackingNames.MetricModels, TrackingNames.SupportedMetrics })
        {
            Assert.True(steps.ContainsKey(name), name);
            foreach (var output in steps[name].SelectMany(s => s.Outputs))
            {
                AssertNoForbiddenTypes(output.Value, new HashSet<object>(ReferenceEqualityComparer.Instance), name);
            }
        }
    }

    [Fact]
    public void CachedModelsOfEveryBuiltInHoldNoCompilationObjects()
    {
        var (driver, _) = FirstRun(GeneratorHarness.RuntimeSources().ToArray());
        var outputs = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.SupportedMetrics].SelectMany(s => s.Outputs).ToList();
        Assert.True(outputs.Count >= 15, "built-in models: " + outputs.Count);
        foreach (var output in outputs)
        {
            AssertNoForbiddenTypes(output.Value, new HashSet<object>(ReferenceEqualityComparer.Instance), TrackingNames.SupportedMetrics);
        }
    }

    [Fact]
    public void EditingOneBuiltInRegeneratesOnlyIt()
    {
        var reasons = ReasonsAfterEdit("/BinaryAccuracy.cs", "(prediction > threshold) == (label == 1)", "(threshold < prediction) == (label == 1)");
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(reasons.Count - 1, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    /// <summary>A derived metric's overloads are its statistics metric's: editing that metric regenerates them too, and nothing else.</summary>
    [Fact]
    public void EditingAStatisticsMetricRegeneratesItAndTheMetricsDerivedFromIt()
    {
        var reasons = ReasonsAfterEdit("/BinaryCounts.cs", "var predicted = prediction > threshold ? 1.0 : 0.0;", "var predicted = threshold < prediction ? 1.0 : 0.0;");

        // BinaryCounts, and Precision, Recall, F1Score and BinaryFBetaScore, whose [Statistics] it is.
        Assert.Equal(5, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(reasons.Count - 5, reasons.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    private static List<IncrementalStepRunReason> ReasonsAfterEdit(string file, string from, string to)
    {
        var sources = GeneratorHarness.RuntimeSources().ToArray();
        var (driver, compilation) = FirstRun(sources);
        var path = sources.Single(s => s.Path.EndsWith(file, StringComparison.Ordinal)).Path;
        var original = sources.Single(s => s.Path == path).Text;
        Assert.Contains(from, original, StringComparison.Ordinal);
        var result = driver.RunGenerators(Replace(compilation, path, original.Replace(from, to, StringComparison.Ordinal))).GetRunResult();
        return result.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
    }

    [Fact]
    public void EqualDeclarationsGiveEqualModels()
    {
        var first = FirstRun(("Mse.cs", Mse)).Driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.SupportedMetrics].Single().Outputs.Single().Value;
        var second = FirstRun(("Mse.cs", Mse)).Driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.SupportedMetrics].Single().Outputs.Single().Value;
        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun(params (string Path, string Text)[] sources)
    {
        var compilation = GeneratorHarness.Compile(sources, includeRuntime: true);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        return (driver, compilation);
    }

    private static Compilation Replace(Compilation compilation, string path, string text)
    {
        var old = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, path));
    }

    private static void AssertCached(GeneratorDriverRunResult result)
    {
        var run = result.Results.Single();
        foreach (var name in new[] { TrackingNames.MetricModels, TrackingNames.SupportedMetrics })
        {
            foreach (var output in run.TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"{name}: {output.Reason}");
            }
        }

        var outputs = run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    private static void AssertNoForbiddenTypes(object? value, HashSet<object> seen, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or Location or Compilation or SemanticModel or SyntaxTree, $"{path} holds a {value.GetType()}");
        if (value is IEnumerable sequence)
        {
            var index = 0;
            foreach (var item in sequence)
            {
                AssertNoForbiddenTypes(item, seen, $"{path}[{index++}]");
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoForbiddenTypes(field.GetValue(value), seen, $"{path}.{field.Name}");
        }
    }
}
