using System.Threading.Tasks;
using Metrics.Generators.Analyzers;
using CM = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.CellsMetricAnalyzer>;
using SF = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.StateFieldAnalyzer>;
using UF = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.UpdateFunctionAnalyzer>;

namespace Metrics.Analyzers.Tests;

/// <summary>MET041: per-column metrics (a <c>[Cells]</c> field).</summary>
public sealed class CellsMetricTests
{
    private const string Moments = """
        [Metric]
        public partial record struct Moments
        {
            [Parameter(Min = 0)] public int Degrees { get; init; } = 0;
            [Sum] public double Count;
            public double Mean;
            static Moments Update(double label, double prediction) => new() { Count = 1, Mean = prediction - label };
            static Moments Merge(Moments a, Moments b) =>
                new() { Count = a.Count + b.Count, Mean = a.Count + b.Count == 0 ? 0 : ((a.Mean * a.Count) + (b.Mean * b.Count)) / (a.Count + b.Count) };
            public readonly double Compute() => Mean;
        }

        """;

    private const string Valid = """
        [Metric]
        public partial record struct PerColumn
        {
            [Parameter(Min = 0)] public int Degrees { get; init; } = 0;
            [Parameter(Min = 0)] public int NumColumns { get; init; } = 0;
            [Cells(nameof(NumColumns))] public MetricCells<Moments> Columns;
            public readonly double Compute() => Columns.IsEmpty ? double.NaN : Columns[0].Compute();
        }

        public static class Use
        {
            public static double All(double[] labels, float[] floats, bool[] mask, double[] weights, double[,] rows, Tensor<double> tensor) =>
                new PerColumn().Update(labels.AsSpan(), labels.AsSpan(), 2, mask.AsSpan(), weights.AsSpan())
                    .Update(floats.AsSpan(), floats.AsSpan(), 2).Update(rows, rows, mask, weights).Update(tensor, tensor)
                    .Merge(new PerColumn().Update(new MetricBatch(labels, labels, 2))).Reset().Compute()
                + PerColumn.FromArguments(new System.Collections.Generic.Dictionary<string, object?>()).Copy().Empty().Compute();
        }
        """;

    private static string Source(string cells) => "using System;\nusing System.Numerics;\nusing Metrics;\nusing System.Numerics.Tensors;\nnamespace App;\n" + Moments + cells;

    // Every generated overload, merge and the untyped members compile; the own-state analyzers say nothing either.
    [Fact]
    public Task ValidPerColumnMetricCompilesWithEveryOverloadAndNoDiagnostic() => CM.VerifyAsync(Source(Valid));

    [Fact]
    public Task PerColumnMetricsHaveNoStateFieldDiagnostics() => SF.VerifyAsync(Source(Valid));

    [Fact]
    public Task PerColumnMetricsNeedNoUpdateFunction() => UF.VerifyAsync(Source(Valid));

    [Theory]
    [InlineData("[Sum] public double {|#0:Extra|};", "it declares the state field 'Extra' besides its [Cells] field 'Columns'")]
    [InlineData("static PerColumn {|#0:Update|}(double label, double prediction) => new();", "it declares the Update function 'PerColumn.Update(double, double)' (the cell metric's update fills the cells)")]
    [InlineData("static PerColumn {|#0:Merge|}(PerColumn a, PerColumn b) => a;", "it declares the Merge function 'PerColumn.Merge(PerColumn, PerColumn)' (cells merge with the cell metric's Merge)")]
    public Task MET041_PerColumnMetricDeclaresState(string member, string problem) => CM.VerifyAsync(
        Source($$"""
            [Metric]
            public partial record struct PerColumn
            {
                [Parameter(Min = 0)] public int Degrees { get; init; } = 0;
                [Cells] public MetricCells<Moments> Columns;
                {{member}}
                public readonly double Compute() => 0;
            }
            """),
        CM.Diagnostic(DiagnosticIds.InvalidCellsMetric).WithLocation(0).WithArguments("PerColumn", problem));

    [Theory]
    [InlineData("[Parameter(Min = 0)] public int Degrees { get; init; } = 0;\n[Cells] public readonly MetricCells<Moments> {|#0:Columns|};", "its [Cells] field 'Columns' is readonly")]
    [InlineData("[Parameter(Min = 0)] public int Degrees { get; init; } = 0;\n[Cells] public Moments[] {|#0:Columns|};", "the type of its [Cells] field 'Columns' is 'Moments[]', not MetricCells<TCell> of a [Metric] struct")]
    [InlineData("[Parameter(Min = 0)] public int Degrees { get; init; } = 0;\n[Parameter] public double Size { get; init; } = 1;\n[Cells(nameof(Size))] public MetricCells<Moments> {|#0:Columns|};", "[Cells(\"Size\")] names no int parameter")]
    [InlineData("[Parameter] public double Degrees { get; init; } = 0;\n[Cells] public MetricCells<Moments> {|#0:Columns|};", "parameter 'Degrees' of the cell metric 'Moments' has no parameter of the same name and type 'int'")]
    public Task MET041_InvalidCellsField(string members, string problem) => CM.VerifyAsync(
        Source($$"""
            [Metric]
            public partial record struct PerColumn
            {
                {{members}}
                public readonly double Compute() => 0;
            }
            """),
        CM.Diagnostic(DiagnosticIds.InvalidCellsMetric).WithLocation(0).WithArguments("PerColumn", problem));
}
