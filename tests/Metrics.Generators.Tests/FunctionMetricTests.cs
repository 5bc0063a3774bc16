using System;
using System.IO;
using System.Linq;

namespace Metrics.Generators.Tests;

/// <summary>
/// Function metrics (<c>[MeanOf]</c>): the generated part declares the state, the update function and Compute, and
/// compiles with every overload for each function shape; an invalid declaration generates nothing and never throws.
/// </summary>
public sealed class FunctionMetricTests
{
    private const string PoissonLoss = """
        using System;
        using Metrics;
        namespace Users;
        /// <summary>The mean Poisson loss.</summary>
        [Metric, HigherIsBetter(false)]
        public partial record struct PoissonLoss
        {
            /// <summary>The ε inside the logarithm.</summary>
            [Parameter(Min = 0)] public double Epsilon { get; init; } = 1e-7;
            [MeanOf] private static double Loss(double label, double prediction, double epsilon) => prediction - (label * Math.Log(prediction + epsilon));
        }
        """;

    private static readonly string BaselinePath =
        Path.Combine(GeneratorHarness.RepositoryRoot, "tests", "Metrics.Generators.Tests", "FunctionBaselines", "Users.PoissonLoss.g.cs.txt");

    private static string[] Generate(string source)
    {
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { ("Metric.cs", source) }, includeRuntime: true));
        var problems = GeneratorHarness.Problems(output);
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems));
        return result.GeneratedTrees.Select(t => t.ToString().Replace("\r\n", "\n", StringComparison.Ordinal)).ToArray();
    }

    [Fact]
    public void GeneratedSourceMatchesBaseline()
    {
        var actual = Generate(PoissonLoss).Single();
        if (Environment.GetEnvironmentVariable("METRICS_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(BaselinePath, actual);
            return;
        }

        Assert.Equal(File.ReadAllText(BaselinePath).Replace("\r\n", "\n", StringComparison.Ordinal), actual);
    }

    [Fact]
    public void ThePairFunctionBecomesAMeanMetricWhoseLogarithmIsVectorized()
    {
        var text = Generate(PoissonLoss).Single();
        Assert.Contains("[global::Metrics.Sum] public double Total;", text, StringComparison.Ordinal);
        Assert.Contains("[global::Metrics.Sum] public double Count;", text, StringComparison.Ordinal);
        Assert.Contains("public readonly double Compute() => global::Metrics.Numerics.NumericRange.Mean(Total, Count);", text, StringComparison.Ordinal);
        Assert.Contains("new() { Total = Loss(label, prediction, epsilon), Count = 1 };", text, StringComparison.Ordinal);
        // Math.Log in a summed contribution has a vector form (VectorTranslator's exact-only rule does not apply).
        Assert.Contains("IVectorOperator", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[MeanOf(Sum = \"AbsoluteError\")] private static double Error(double label, double prediction) => Math.Abs(prediction - label);", "public double AbsoluteError;", true)]
    [InlineData("[MeanOf] static double Value(double value) => value;", "new() { Total = Value(value), Count = 1 };", true)]
    [InlineData("[MeanOf] static double Loss<T>([ClassIndex] int label, ReadOnlySpan<T> row) where T : INumber<T> => -double.CreateTruncating(row[label]);", "Update<T>(int label, global::System.ReadOnlySpan<T> row) where T : global::System.Numerics.INumber<T>", false)]
    [InlineData("[MeanOf] static double Loss<T>(ReadOnlySpan<T> labels, ReadOnlySpan<T> row) where T : unmanaged, IRootFunctions<T> => double.CreateTruncating(labels[0] * row[0]);", "where T : unmanaged, global::System.Numerics.IRootFunctions<T>", false)]
    [InlineData("[MeanOf] static double Hit<T>(T label, T prediction) where T : INumber<T> => label == prediction ? 1 : 0;", "Update<T>(T label, T prediction)", true)]
    [InlineData("/// <summary>Percent or fraction.</summary>\n[Parameter] public bool Percent { get; init; } = true;\n[MeanOf] static double Error(double label, double prediction, bool percent) => (percent ? 100.0 : 1.0) * Math.Abs(label - prediction);", "Error(label, prediction, percent)", true)]
    public void EveryFunctionShapeCompiles(string members, string expected, bool vectorized)
    {
        var text = Generate($$"""
            using System;
            using System.Numerics;
            using Metrics;
            namespace Users;
            /// <summary>A function metric.</summary>
            [Metric]
            public partial record struct F
            {
            {{members}}
            }

            /// <summary>Every overload family.</summary>
            public static class Use
            {
                /// <summary>Calls them.</summary>
                public static double All(F metric) => metric.Merge(metric.Empty()).Reset().Copy().Compute();
            }
            """).Single();
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Equal(vectorized, text.Contains("IVectorOperator", StringComparison.Ordinal));
    }

    // The generator never throws (CS8785) and generates nothing for what MET038-MET040 report.
    [Theory]
    [InlineData("[MeanOf] double Error(double label, double prediction) => 0;")]
    [InlineData("[MeanOf] static float Error(double label, double prediction) => 0;")]
    [InlineData("[MeanOf] static double Error(double label, double prediction) => 0;\n[MeanOf] static double Other(double label, double prediction) => 0;")]
    [InlineData("[MeanOf] static double Error(double label, double prediction) => 0;\n[Sum] public double Extra;")]
    [InlineData("[MeanOf] static double Error(double label, double prediction) => 0;\npublic readonly double Compute() => 0;")]
    [InlineData("[MeanOf] static double Error(double label, double prediction) => 0;\npublic double Total => 0;")]
    [InlineData("[MeanOf(Sum = \"Count\")] static double Error(double label, double prediction) => 0;")]
    [InlineData("[MeanOf(Sum = \"not a name\")] static double Error(double label, double prediction) => 0;")]
    [InlineData("[MeanOf] static double Error(string label, double prediction) => 0;")]
    [InlineData("[MeanOf] static double Update(double label, double prediction) => 0;")]
    public void InvalidFunctionMetricsGenerateNothing(string members)
    {
        var source = $$"""
            using Metrics;
            namespace Users;
            [Metric]
            public partial record struct F
            {
            {{members}}
            }
            """;
        var (_, result) = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { ("Metric.cs", source) }, includeRuntime: true));
        Assert.Empty(result.GeneratedTrees);
    }
}
