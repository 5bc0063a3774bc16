using System;
using System.IO;
using System.Linq;

namespace Metrics.Generators.Tests;

/// <summary>
/// Per-column metrics (<c>[Cells]</c>): the generated part forwards every <c>[rows, columns]</c> overload to the runtime's
/// <c>CellKernel</c> with the cell template and the declared number of cells, and compiles with a cell metric that
/// merges with its own <c>Merge</c>; an invalid declaration generates nothing and never throws.
/// </summary>
public sealed class CellsMetricTests
{
    private const string Source = """
        using System;
        using Metrics;
        namespace Users;
        /// <summary>The mean error of one column, merged by weighted averaging.</summary>
        [Metric]
        public partial record struct ColumnError
        {
            /// <summary>Added to every error.</summary>
            [Parameter] public double Offset { get; init; } = 0;
            /// <summary>The (weighted) number of elements.</summary>
            [Sum] public double Count;
            /// <summary>The mean error.</summary>
            public double Mean;
            static ColumnError Update(double label, double prediction, double offset) => new() { Count = 1, Mean = prediction - label + offset };
            static ColumnError Merge(ColumnError a, ColumnError b) =>
                new() { Count = a.Count + b.Count, Mean = a.Count + b.Count == 0 ? 0 : ((a.Mean * a.Count) + (b.Mean * b.Count)) / (a.Count + b.Count) };
            /// <summary>The mean error.</summary>
            public readonly double Compute() => Mean;
        }

        /// <summary>The mean error of each column.</summary>
        [Metric]
        public partial record struct ColumnErrors
        {
            /// <summary>Added to every error.</summary>
            [Parameter] public double Offset { get; init; } = 0;
            /// <summary>The number of columns (0: from the first batch).</summary>
            [Parameter(Min = 0)] public int NumColumns { get; init; } = 0;
            /// <summary>One state per column.</summary>
            [Cells(nameof(NumColumns))] public MetricCells<ColumnError> Columns;
            /// <summary>The largest column error.</summary>
            public readonly double Compute()
            {
                var largest = double.NegativeInfinity;
                foreach (var column in Columns.AsSpan())
                {
                    largest = Math.Max(largest, column.Compute());
                }

                return largest;
            }
        }
        """;

    private static readonly string BaselinePath =
        Path.Combine(GeneratorHarness.RepositoryRoot, "tests", "Metrics.Generators.Tests", "CellsBaselines", "Users.ColumnErrors.g.cs.txt");

    private static string Generate(string source, string type = "ColumnErrors")
    {
        var (output, result) = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { ("Metric.cs", source) }, includeRuntime: true));
        var problems = GeneratorHarness.Problems(output);
        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems));
        return result.GeneratedTrees
            .Where(t => t.FilePath.EndsWith($".{type}.g.cs", StringComparison.Ordinal))
            .Select(t => t.ToString().Replace("\r\n", "\n", StringComparison.Ordinal))
            .SingleOrDefault() ?? string.Empty;
    }

    [Fact]
    public void GeneratedSourceMatchesBaseline()
    {
        var actual = Generate(Source);
        if (Environment.GetEnvironmentVariable("METRICS_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(BaselinePath, actual);
            return;
        }

        Assert.Equal(File.ReadAllText(BaselinePath).Replace("\r\n", "\n", StringComparison.Ordinal), actual);
    }

    [Fact]
    public void OverloadsCallTheCellKernelWithTheTemplateAndTheDeclaredCells()
    {
        var text = Generate(Source);
        Assert.Contains("private readonly global::Users.ColumnError CellTemplate() => new global::Users.ColumnError(offset: this.Offset);", text, StringComparison.Ordinal);
        Assert.Contains("private readonly int DeclaredCells() => this.NumColumns;", text, StringComparison.Ordinal);
        Assert.Contains("global::Metrics.Kernels.CellKernel.RowPairs(ref this.Columns, CellTemplate(), DeclaredCells(), \"column\", labels, predictions, columns, mask, true, weights, true);", text, StringComparison.Ordinal);
        Assert.Contains("global::Metrics.Kernels.CellKernel.Merge(this.Columns, other.Columns, MetricName, \"column\")", text, StringComparison.Ordinal);
        Assert.Contains("+ global::Metrics.Kernels.CellKernel.Layout<global::Users.ColumnError>(\"Columns\");", text, StringComparison.Ordinal);
        Assert.Contains("public static global::Users.ColumnErrors FromArguments(", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnFromArgumentsIsKept()
    {
        var text = Generate(Source.Replace(
            "/// <summary>The largest column error.</summary>",
            "/// <summary>Parameters by name.</summary>\n    public static ColumnErrors FromArguments(System.Collections.Generic.IReadOnlyDictionary<string, object?> arguments) => new();\n    /// <summary>The largest column error.</summary>",
            StringComparison.Ordinal));
        Assert.DoesNotContain("FromArguments(global::System.Collections.Generic.IReadOnlyDictionary", text, StringComparison.Ordinal);
        Assert.Contains("return FromArguments(config.ArgumentsFor<global::Users.ColumnErrors>());", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Cells(nameof(NumColumns))] public MetricCells<ColumnError> Columns;", "[Cells(nameof(NumColumns))] public readonly MetricCells<ColumnError> Columns;")]
    [InlineData("[Cells(nameof(NumColumns))] public MetricCells<ColumnError> Columns;", "[Cells(nameof(Offset))] public MetricCells<ColumnError> Columns;")]
    [InlineData("[Cells(nameof(NumColumns))] public MetricCells<ColumnError> Columns;", "[Cells] public ColumnError[] Columns;")]
    [InlineData("[Parameter] public double Offset { get; init; } = 0;\n    /// <summary>The number", "[Parameter] public float Offset { get; init; } = 0;\n    /// <summary>The number")]
    public void InvalidDeclarationsGenerateNothing(string valid, string invalid)
    {
        var source = Source.Replace(valid, invalid, StringComparison.Ordinal);
        Assert.NotEqual(Source, source);
        var (_, result) = GeneratorHarness.Run(GeneratorHarness.Compile(new[] { ("Metric.cs", source) }, includeRuntime: true));
        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(result.GeneratedTrees, t => t.ToString().Contains("CellKernel", StringComparison.Ordinal));
    }
}
