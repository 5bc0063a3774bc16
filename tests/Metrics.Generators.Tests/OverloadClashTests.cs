using System;
using System.Linq;

namespace Metrics.Generators.Tests;

/// <summary>
/// Two update functions whose batch overloads have the same parameter types: the generator keeps the first and leaves
/// the other out, so the output still compiles (the analyzers report the lost overload as MET030).
/// </summary>
public sealed class OverloadClashTests
{
    private static string Generate(string updates)
    {
        var source = $$"""
            using System;
            using Metrics;
            namespace Clash;
            /// <summary>Two shapes.</summary>
            [Metric]
            public partial record struct M
            {
                /// <summary>A sum.</summary>
                [Sum] public double Total;
            {{updates}}
                /// <summary>The value.</summary>
                public readonly double Compute() => Total;
            }
            """;
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { ("M.cs", source) }, includeRuntime: true));
        var problems = GeneratorHarness.Problems(output).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        return result.GeneratedTrees.Single().ToString();
    }

    [Fact]
    public void ValueWeightsOverloadKeepsItsSignatureAndThePairOverloadIsLeftOut()
    {
        var text = Generate("""
                static M Update(double value) => new() { Total = value };
                static M Update(double label, double prediction) => new() { Total = prediction - label };
            """);
        Assert.Contains("Update(global::System.ReadOnlySpan<double> values, global::System.ReadOnlySpan<double> weights)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Update(global::System.ReadOnlySpan<double> labels, global::System.ReadOnlySpan<double> predictions)", text, StringComparison.Ordinal);
        Assert.Contains("Update(global::System.ReadOnlySpan<double> labels, global::System.ReadOnlySpan<double> predictions, global::System.ReadOnlySpan<bool> mask)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DistinctElementTypesKeepEveryOverload()
    {
        var text = Generate("""
                static M Update(double value) => new() { Total = value };
                static M Update([ClassIndex(2)] int label, double prediction) => new() { Total = label * prediction };
            """);
        Assert.Contains("Update(global::System.ReadOnlySpan<double> values, global::System.ReadOnlySpan<double> weights)", text, StringComparison.Ordinal);
        Assert.Contains("Update(global::System.ReadOnlySpan<int> labels, global::System.ReadOnlySpan<double> predictions)", text, StringComparison.Ordinal);
    }
}
