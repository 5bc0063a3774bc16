using System;
using System.Linq;

namespace Metrics.Generators.Tests;

/// <summary>User declarations in the forms people write them: each compiles with the generated part, or is skipped.</summary>
public sealed class DeclarationTests
{
    private const string Huber = """
        [Metric]
        public partial record struct Huber
        {
            [Parameter(Min = 0, MinExclusive = true)] public double Delta { get; init; } = 1.0;
            [Sum] public double Total;
            [Sum] public double Count;
            static Huber Update(double label, double prediction, double delta)
            {
                var e = System.Math.Abs(prediction - label);
                return new() { Total = e <= delta ? 0.5 * e * e : delta * (e - 0.5 * delta), Count = 1 };
            }
            public readonly double Compute() => Total / Count;
        }
        """;

    [Theory]
    [InlineData("file-scoped namespace", "using Metrics; namespace Users.Evaluation;\n" + Huber)]
    [InlineData("block namespace", "using Metrics; namespace Users.Evaluation {\n" + Huber + "\n}")]
    [InlineData("global namespace", "using Metrics;\n" + Huber)]
    [InlineData("nested in partial class", "using Metrics; namespace N; public static partial class Outer { public partial class Inner {\n" + Huber + "\n} }")]
    [InlineData("nested in partial record", "using Metrics; namespace N; public partial record Outer {\n" + Huber + "\n}")]
    public void CustomMetricCompilesWithoutDiagnostics(string form, string source)
    {
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { ("Huber.cs", source) }, includeRuntime: true));
        Assert.Single(result.GeneratedTrees);
        var problems = GeneratorHarness.Problems(output).Where(d => d.Id != "CS1591").ToList();
        Assert.True(problems.Count == 0, form + ": " + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void EveryElementShapeAndGenericUpdateCompile()
    {
        const string source = """
            using System;
            using System.Numerics;
            using Metrics;
            namespace Shapes;
            /// <summary>Uses every shape.</summary>
            [Metric(Name = "Everything")]
            public partial record struct Everything
            {
                /// <summary>Classes.</summary>
                [Parameter(Min = 1)] public int NumClasses { get; init; } = 3;
                /// <summary>A sum.</summary>
                [Sum] public double Total;
                /// <summary>A min.</summary>
                [Min] public double Lowest;
                /// <summary>A max.</summary>
                [Max] public double Highest;
                /// <summary>Cells.</summary>
                [Sum, SizedBy(nameof(NumClasses))] public SumArray Cells;
                static Everything Update(float value) => new() { Total = value, Lowest = value, Highest = value };
                static Everything Update([ClassIndex(nameof(NumClasses))] int label, double prediction) => new() { Total = prediction, Cells = SumArray.At(label) };
                static Everything Update<T>([ClassIndex] int label, ReadOnlySpan<T> row) where T : INumber<T> => new() { Total = double.CreateTruncating(row[label]) };
                static Everything Update(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions) => new() { Total = labels[0] * predictions[0] };
                /// <summary>The total.</summary>
                public readonly double Compute() => Total;
            }
            """;
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { ("Everything.cs", source) }, includeRuntime: true));
        Assert.Single(result.GeneratedTrees);
        var problems = GeneratorHarness.Problems(output);
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems));
        var text = result.GeneratedTrees[0].ToString();
        Assert.Contains("UpdateFromTensorsByRank", text, StringComparison.Ordinal);
        Assert.Contains("Update<float>(", text, StringComparison.Ordinal);
        Assert.Contains("Update<double>(", text, StringComparison.Ordinal);
        Assert.Contains("(ref op, batch, new global::Metrics.Kernels.LaneChecks(this.NumClasses, false));", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LongCountsGetNoWeightedOverloads()
    {
        const string source = """
            using Metrics;
            [Metric]
            public partial record struct Hits
            {
                [Sum] public long Count;
                static Hits Update(int label, int prediction) => new() { Count = label == prediction ? 1 : 0 };
                public readonly long Compute() => Count;
            }
            """;
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { ("Hits.cs", source) }, includeRuntime: true));
        var text = result.GeneratedTrees.Single().ToString();
        Assert.DoesNotContain("ReadOnlySpan<double> weights", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[]? weights", text, StringComparison.Ordinal);
        Assert.Contains("does not take sample weights", text, StringComparison.Ordinal);
        Assert.Empty(GeneratorHarness.Problems(output).Where(d => d.Id != "CS1591"));
    }

    [Theory]
    [InlineData("not partial", "[Metric] public record struct M { [Sum] public double T; static M Update(double v) => new() { T = v }; public double Compute() => T; }")]
    [InlineData("a record class", "[Metric] public partial record M { [Sum] public double T; static M Update(double v) => new() { T = v }; public double Compute() => T; }")]
    [InlineData("no update", "[Metric] public partial record struct M { [Sum] public double T; public double Compute() => T; }")]
    [InlineData("no compute", "[Metric] public partial record struct M { [Sum] public double T; static M Update(double v) => new() { T = v }; }")]
    [InlineData("unattributed field without merge", "[Metric] public partial record struct M { public double T; static M Update(double v) => new() { T = v }; public double Compute() => T; }")]
    [InlineData("min on a long", "[Metric] public partial record struct M { [Min] public long T; static M Update(double v) => new() { T = 1 }; public double Compute() => T; }")]
    [InlineData("two pair updates", "[Metric] public partial record struct M { [Sum] public double T; static M Update(double a, double b) => new() { T = a }; static M Update(float a, float b) => new() { T = a }; public double Compute() => T; }")]
    [InlineData("unsupported element type", "[Metric] public partial record struct M { [Sum] public double T; static M Update(decimal v) => new() { T = (double)v }; public double Compute() => T; }")]
    [InlineData("mutable parameter", "[Metric] public partial record struct M { [Parameter] public double P { get; set; } [Sum] public double T; static M Update(double v) => new() { T = v }; public double Compute() => T; }")]
    [InlineData("readonly record struct", "[Metric] public readonly partial record struct M { [Sum] public double T; static M Update(double v) => new() { T = v }; public double Compute() => T; }")]
    [InlineData("parameter argument of an incompatible type", "[Metric] public partial record struct M { [Parameter] public double K { get; init; } [Sum] public double T; static M Update(double v, int k) => new() { T = v * k }; public double Compute() => T; }")]
    [InlineData("list parameter", "[Metric] public partial record struct M { [Parameter] public System.Collections.Generic.List<double> P { get; init; } [Sum] public double T; static M Update(double v) => new() { T = v }; public double Compute() => T; }")]
    [InlineData("array parameter", "[Metric] public partial record struct M { [Parameter] public double[] P { get; init; } [Sum] public double T; static M Update(double v) => new() { T = v }; public double Compute() => T; }")]
    [InlineData("generic metric", "[Metric] public partial record struct M<X> { [Sum] public double T; static M<X> Update(double v) => new() { T = v }; public double Compute() => T; }")]
    [InlineData("nested in a generic type", "public partial class G<X> { [Metric] public partial record struct M { [Sum] public double T; static M Update(double v) => new() { T = v }; public double Compute() => T; } }")]
    public void UnsupportedDeclarationsAreSkippedWithoutThrowing(string what, string body)
    {
        var compilation = GeneratorHarness.Compile(new[] { ("M.cs", "using Metrics;\n" + body) }, includeRuntime: true);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var result = driver.GetRunResult();
        Assert.True(result.Results.Single().Exception is null, what);
        Assert.True(result.GeneratedTrees.All(t => !t.ToString().Contains("IMetric<", System.StringComparison.Ordinal)), what + " should generate no metric (at most the constructor its initializers need)");
    }

    [Theory]
    [InlineData("[Metric] public partial record struct M { [Sum] public double T static M Update(double v) => new() { T = v ; public double Compute() => }")]
    [InlineData("[Metric] public partial record struct M { [Sum] public double T; static M Update(double v) => ; public double Compute() => T; }")]
    [InlineData("[Metric] public partial record struct M { [Sum] public double T; static M Update(double v) { return new() { T = v }; public double Compute() => T; }")]
    public void SyntaxErrorsNeverThrowAndNeverBreakGeneratedCode(string body)
    {
        var compilation = GeneratorHarness.Compile(new[] { ("M.cs", "using Metrics;\n" + body) }, includeRuntime: true);
        var driver = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult();
        Assert.Null(result.Results.Single().Exception);
        var generatedPaths = result.GeneratedTrees.Select(t => t.FilePath).ToHashSet();
        var inGenerated = output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error
            && generatedPaths.Contains(d.Location.SourceTree?.FilePath ?? string.Empty)).ToList();
        Assert.True(inGenerated.Count == 0, string.Join(Environment.NewLine, inGenerated));
    }

    [Theory]
    [InlineData("[Parameter(Min = 5, Max = 1)] public double P { get; init; } = 3;", "5d, false, 1d, false")]
    [InlineData("[Parameter(Min = 1, Max = 1, MaxExclusive = true)] public double P { get; init; } = 1;", "1d, false, 1d, true")]
    public void ParameterRangeWithoutValueIsGeneratedSoTheDeclarationCompiles(string parameter, string bounds)
    {
        // MET032 fails the build; the generated part keeps the declaration (and its initializer) compiling, so that a
        // command-line build shows MET032 instead of CS8983, and its validation rejects every value.
        var source = "using Metrics;\n[Metric] public partial record struct M { " + parameter + " [Sum] public double T; static M Update(double v) => new() { T = v }; public double Compute() => T; }";
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { ("M.cs", source) }, includeRuntime: true));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.Contains("MetricGuard.Parameter(this.P, " + bounds + ", \"P\")", result.GeneratedTrees.Single().ToString(), StringComparison.Ordinal);
    }
}
