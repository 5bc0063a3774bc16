using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Metrics.Generators.Tests;

/// <summary>
/// The DSL additions for Keras' class_id and top_k: <c>[RowLength(Above = nameof(ClassId))]</c> naming an <c>int?</c>
/// column index, checked only when it has a value, and <c>[NotNaN]</c> on a score row, checked per row (mask and
/// weight of the row), and <c>[Parameter(AllowEmpty = true)]</c> list parameters (empty = none given). Each compiles without diagnostics and emits its guard; misuse generates nothing.
/// </summary>
public sealed class LabelsDslTests
{
    private const string Declaration = """
        using System;
        using System.Numerics;
        using Metrics;
        namespace Users;
        /// <summary>Column counts.</summary>
        [Metric]
        public partial record struct Column
        {
            /// <summary>The column.</summary>
            [Parameter(Min = 0)] public int? ClassId { get; init; } = null;
            /// <summary>K.</summary>
            [Parameter(Min = 1)] public int K { get; init; } = 1;
            /// <summary>Optional weights.</summary>
            [Parameter(Min = 0, AllowEmpty = true)] public ParameterArray<double> Weights { get; init; } = None;
            private static readonly ParameterArray<double> None = ParameterArray.Create<double>([]);
            /// <summary>Hits.</summary>
            [Sum] public double Hits;
            static Column Update<T>([ClassIndex(2)] ReadOnlySpan<int> labels, [RowLength(AtLeast = nameof(K), Above = nameof(ClassId)), NotNaN] ReadOnlySpan<T> scores, int? classId)
                where T : INumber<T> => new() { Hits = labels[classId ?? 0] };
            /// <summary>The hits.</summary>
            public readonly double Compute() => Hits;
        }
        """;

    [Fact]
    public void ColumnIndexAndRowNotNaNEmitTheirGuards()
    {
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { ("Column.cs", Declaration) }, includeRuntime: true));
        Assert.Single(result.GeneratedTrees);
        var problems = GeneratorHarness.Problems(output);
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems));
        var text = result.GeneratedTrees[0].ToString();
        Assert.Contains("MetricGuard.ColumnsAbove(columns, this.ClassId, \"ClassId\")", text, StringComparison.Ordinal);
        Assert.Contains("MetricGuard.ColumnsAtLeast(columns, this.K, \"K\")", text, StringComparison.Ordinal);
        Assert.Contains("if (this.Weights.Length != 0)", text, StringComparison.Ordinal);
        Assert.Contains("MetricGuard.NotNaN(predictions, columns, mask, hasWeights ? weights : default, \"predictions\")", text, StringComparison.Ordinal);
        Assert.Empty(Analyze(GeneratorHarness.Compile(new[] { ("Column.cs", Declaration) }, includeRuntime: true)));
    }

    [Theory]
    [InlineData("Above naming an int parameter", "[Parameter] public int C { get; init; } = 1; static M Update([ClassIndex(2)] System.ReadOnlySpan<int> l, [RowLength(Above = nameof(C))] System.ReadOnlySpan<double> p) => new() { T = p[0] };")]
    [InlineData("AtLeast naming an int? parameter", "[Parameter] public int? C { get; init; } = null; static M Update([ClassIndex(2)] System.ReadOnlySpan<int> l, [RowLength(AtLeast = nameof(C))] System.ReadOnlySpan<double> p) => new() { T = p[0] };")]
    [InlineData("Above on a pair", "[Parameter] public int? C { get; init; } = null; static M Update(int l, [RowLength(Above = nameof(C))] double p) => new() { T = p };")]
    public void MisuseGeneratesNothingAndTheAnalyzerSaysWhy(string what, string members)
    {
        var body = "[Metric] public partial record struct M { [Sum] public double T; " + members + " public double Compute() => T; }";
        var compilation = GeneratorHarness.Compile(new[] { ("M.cs", "using Metrics;\n" + body) }, includeRuntime: true);
        var result = GeneratorHarness.CreateDriver().RunGenerators(compilation).GetRunResult();
        Assert.True(result.Results.Single().Exception is null, what);
        Assert.True(result.GeneratedTrees.All(t => !t.ToString().Contains("IMetric<", System.StringComparison.Ordinal)), what + " should generate no metric (at most the constructor its initializers need)");
        var diagnostics = Analyze(compilation);
        Assert.True(diagnostics.Any(d => d.Id == "MET029"), what + ": expected MET029 but got " + string.Join("; ", diagnostics));
    }

    private static ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> Analyze(Microsoft.CodeAnalysis.Compilation compilation) =>
        compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(
                new Metrics.Generators.Analyzers.UpdateFunctionAnalyzer(), new Metrics.Generators.Analyzers.StateFieldAnalyzer()))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => d.Id.StartsWith("MET", StringComparison.Ordinal)).ToImmutableArray();
}
