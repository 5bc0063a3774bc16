using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Metrics.Generators.Tests;

/// <summary>
/// The DSL additions of the classification set: <c>[OneHot]</c> label rows, <c>[RowLength]</c>, the ignored class of
/// <c>[ClassIndex]</c>, nullable parameters defaulting to null, and <c>ParameterArray&lt;T&gt;</c> list parameters
/// (validated element-wise, sizing array state, optional when they have an initializer). Each compiles without
/// diagnostics and emits its guard; misuse generates nothing and never throws.
/// </summary>
public sealed class ClassificationDslTests
{
    private const string Declaration = """
        using System;
        using System.Numerics;
        using Metrics;
        namespace Users;
        /// <summary>All the additions.</summary>
        [Metric]
        public partial record struct Custom
        {
            /// <summary>K.</summary>
            [Parameter(Min = 1)] public int K { get; init; } = 2;
            /// <summary>Ignored.</summary>
            [Parameter] public int? IgnoreClass { get; init; } = null;
            /// <summary>Cuts.</summary>
            [Parameter(Min = 0, Max = 1)] public ParameterArray<double> Cuts { get; init; } = [0.25, 0.75];
            /// <summary>Cells.</summary>
            [Sum, SizedBy(nameof(Cuts))] public SumArray Cells;
            /// <summary>Rows.</summary>
            [Sum] public double Rows;
            static Custom Update<T>([OneHot] ReadOnlySpan<T> labels, [RowLength(AtLeast = nameof(K))] ReadOnlySpan<T> row, int k) where T : INumber<T> => new() { Rows = k };
            static Custom Update<T>([ClassIndex(Ignore = nameof(IgnoreClass))] int label, [RowLength(EqualTo = nameof(K))] ReadOnlySpan<T> row, int? ignoreClass) where T : INumber<T> => new() { Rows = label == ignoreClass ? 0 : 1 };
            static Custom Update([ClassIndex(2)] int label, double score, ParameterArray<double> cuts) => new() { Cells = SumArray.At(0, cuts.Length) };
            /// <summary>The rows.</summary>
            public readonly double Compute() => Rows;
        }
        """;

    [Fact]
    public void AdditionsCompileAndEmitTheirGuards()
    {
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { ("Custom.cs", Declaration) }, includeRuntime: true));
        Assert.Single(result.GeneratedTrees);
        var problems = GeneratorHarness.Problems(output);
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems));
        var text = result.GeneratedTrees[0].ToString();
        Assert.Contains("MetricGuard.OneHotRows(labels, columns, mask, \"labels\")", text, StringComparison.Ordinal);
        Assert.Contains("MetricGuard.ColumnsAtLeast(columns, this.K, \"K\")", text, StringComparison.Ordinal);
        Assert.Contains("MetricGuard.ColumnsEqual(columns, this.K, \"K\")", text, StringComparison.Ordinal);
        Assert.Contains("MetricGuard.ClassIndices(labels, mask, columns, \"labels\", this.IgnoreClass)", text, StringComparison.Ordinal);
        Assert.Contains("MetricGuard.Parameter(this.Cuts.AsSpan(), 0d, false, 1d, false, \"Cuts\")", text, StringComparison.Ordinal);
        Assert.Contains("this.Cells.EnsureLength(RequiredLength(0))", text, StringComparison.Ordinal);
        Assert.Contains("cells = (long)this.Cuts.Length;", text, StringComparison.Ordinal);

        // The nullable parameter defaults to null; the list parameter is optional and empty keeps its initializer.
        Assert.Contains("int? ignoreClass = null", text, StringComparison.Ordinal);
        Assert.Contains("global::Metrics.ParameterArray<double> cuts = default", text, StringComparison.Ordinal);
        Assert.Contains("if (cuts.Length != 0)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[OneHot] on a scalar label", "MET029", "static M Update([OneHot] int label, double p) => new() { T = p };")]
    [InlineData("[OneHot] on a prediction row", "MET029", "static M Update<T>(System.ReadOnlySpan<T> labels, [OneHot] System.ReadOnlySpan<T> p) where T : System.Numerics.INumber<T> => new() { T = 1 };")]
    [InlineData("[Probability] on a scalar label", "MET029", "static M Update([Probability] double label, double p) => new() { T = p };")]
    [InlineData("[Probability] on an unlabelled value", "MET029", "static M Update([Probability] double v) => new() { T = v };")]
    [InlineData("[RowLength] on a pair", "MET029", "[Parameter] public int K { get; init; } = 1; static M Update(int label, [RowLength(AtLeast = nameof(K))] double p) => new() { T = p };")]
    [InlineData("[RowLength] naming a double parameter", "MET029", "[Parameter] public double K { get; init; } = 1; static M Update([ClassIndex] int label, [RowLength(AtLeast = nameof(K))] System.ReadOnlySpan<double> p, double k) => new() { T = p[0] };")]
    [InlineData("Ignore naming an int parameter", "MET012", "[Parameter] public int I { get; init; } = 1; static M Update([ClassIndex(Ignore = nameof(I))] int label, System.ReadOnlySpan<double> p) => new() { T = p[0] };")]
    [InlineData("Ignore naming no parameter", "MET012", "static M Update([ClassIndex(Ignore = \"Nope\")] int label, System.ReadOnlySpan<double> p) => new() { T = p[0] };")]
    public void MisuseGeneratesNothingAndTheAnalyzerSaysWhy(string what, string id, string members)
    {
        var body = "[Metric] public partial record struct M { [Sum] public double T; " + members + " public double Compute() => T; }";
        var compilation = GeneratorHarness.Compile(new[] { ("M.cs", "using Metrics;\n" + body) }, includeRuntime: true);
        var result = GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult();
        Assert.True(result.Results.Single().Exception is null, what);
        Assert.True(result.GeneratedTrees.All(t => !t.ToString().Contains("IMetric<", System.StringComparison.Ordinal)), what + " should generate no metric (at most the constructor its initializers need)");
        var diagnostics = Analyze(compilation);
        Assert.True(diagnostics.Any(d => d.Id == id), what + ": expected " + id + " but got " + string.Join("; ", diagnostics));
    }

    [Fact]
    public void TheAnalyzerAcceptsTheAdditions()
    {
        var diagnostics = Analyze(GeneratorHarness.Compile(new[] { ("Custom.cs", Declaration) }, includeRuntime: true));
        Assert.True(diagnostics.IsEmpty, string.Join(Environment.NewLine, diagnostics));
    }

    private static System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> Analyze(Microsoft.CodeAnalysis.Compilation compilation) =>
        compilation.WithAnalyzers(System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(
                new Metrics.Generators.Analyzers.UpdateFunctionAnalyzer(), new Metrics.Generators.Analyzers.StateFieldAnalyzer()))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => d.Id.StartsWith("MET", StringComparison.Ordinal)).ToImmutableArray();
}
