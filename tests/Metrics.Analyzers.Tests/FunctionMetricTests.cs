using System.Threading.Tasks;
using Metrics.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using FM = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.FunctionMetricAnalyzer>;
using SF = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.StateFieldAnalyzer>;
using UF = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.UpdateFunctionAnalyzer>;
using V = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.VectorizationAnalyzer>;

namespace Metrics.Analyzers.Tests;

/// <summary>MET038-MET040: function metrics (a <c>[MeanOf]</c> function).</summary>
public sealed class FunctionMetricTests
{
    private const string Poisson = """
            [Parameter(Min = 0)] public double Epsilon { get; init; } = 1e-7;
            [MeanOf] private static double Loss(double label, double prediction, double epsilon) => prediction - (label * Math.Log(prediction + epsilon));
        """;

    private const string AbsoluteError = """
            [MeanOf(Sum = "AbsoluteError")] private static double Error(double label, double prediction) => Math.Abs(prediction - label);
        """;

    // The generated fields, Compute and every overload compile, with the sum field named by the attribute.
    [Fact]
    public Task ValidFunctionMetricsCompileWithEveryOverloadAndNoDiagnostic() => FM.VerifyAsync(Sources.Metric(AbsoluteError) + """

        [Metric]
        public partial record struct RowLoss
        {
            [MeanOf] private static double Loss<T>([ClassIndex] int label, ReadOnlySpan<T> row) where T : INumber<T> => -double.CreateTruncating(row[label]);
        }

        public static class Use
        {
            public static double All(double[] labels, double[] predictions, bool[] mask, double[] weights, int[] classes, double[,] rows) =>
                new M().Update(labels.AsSpan(), predictions.AsSpan(), mask.AsSpan(), weights.AsSpan()).Merge(new M().Update(labels, labels)).AbsoluteError
                + new M().Update(labels, labels).Count + new M().Compute() + new RowLoss().Update(classes, rows).Reset().Compute();
        }
        """);

    [Fact]
    public Task FunctionMetricsHaveNoStateFieldDiagnostics() => SF.VerifyAsync(Sources.Metric(Poisson));

    [Fact]
    public Task FunctionMetricsNeedNoUpdateFunction() => UF.VerifyAsync(Sources.Metric(Poisson));

    [Fact]
    public Task LaneWiseFunctionIsVectorizable() => V.VerifyAsync(Sources.Metric(AbsoluteError));

    [Fact]
    public Task FunctionOnTheScalarPathIsNamed() => V.VerifyAsync(
        Sources.Metric("""
                [Parameter(Min = 0)] public double Epsilon { get; init; } = 1e-7;
                [MeanOf] private static double Loss(double label, double prediction, double epsilon) => prediction - (label * {|#0:Math.Tan(prediction + epsilon)|});
            """),
        V.Diagnostic(DiagnosticIds.NotVectorizable).WithSeverity(DiagnosticSeverity.Info).WithLocation(0)
            .WithArguments("M.Loss(double, double, double)", "the expression 'Math.Tan(prediction + epsilon)' has no lane-wise form"));

    [Theory]
    [InlineData("[Sum] public double {|#0:Extra|};", "a state field 'M.Extra'")]
    [InlineData("static M {|#0:Update|}(double label, double prediction) => new();", "an Update function 'M.Update(double, double)'")]
    [InlineData("static M {|#0:Merge|}(M a, M b) => a;", "a Merge function 'M.Merge(M, M)'")]
    [InlineData("public readonly double {|#0:Compute|}() => 0;", "a Compute function 'M.Compute()'")]
    [InlineData("public double {|#0:Total|} => 0;", "a member named 'Total', which the generated state declares 'M.Total'")]
    public Task MET038_FunctionMetricDeclaresState(string member, string what) => FM.VerifyAsync(
        Sources.Metric($$"""
                [MeanOf] private static double Error(double label, double prediction) => Math.Abs(prediction - label);
                {{member}}
            """),
        FM.Diagnostic(DiagnosticIds.FunctionMetricDeclaresState).WithLocation(0).WithArguments("M", what));

    [Theory]
    [InlineData("[MeanOf] private double {|#0:Error|}(double label, double prediction) => 0;", "M.Error(double, double)", "it is not static")]
    [InlineData("[MeanOf] private static float {|#0:Error|}(double label, double prediction) => 0;", "M.Error(double, double)", "it does not return a double")]
    [InlineData("[MeanOf] private static double {|#0:Update|}(double label, double prediction) => 0;", "M.Update(double, double)", "it is named 'Update', as a function the generator declares")]
    [InlineData("[MeanOf] private static double {|#0:Error|}(double label, ref double prediction) => 0;", "M.Error(double, ref double)", "a parameter is ref or out")]
    [InlineData("[MeanOf(Sum = \"M\")] private static double {|#0:Error|}(double label, double prediction) => 0;", "M.Error(double, double)", "a generated field would be named 'M', as its type")]
    [InlineData("[MeanOf(Sum = \"Count\")] private static double {|#0:Error|}(double label, double prediction) => 0;", "M.Error(double, double)", "its Sum and Count fields are both named 'Count'")]
    [InlineData("[MeanOf(Count = \"1x\")] private static double {|#0:Error|}(double label, double prediction) => 0;", "M.Error(double, double)", "its Count name '1x' is not an identifier")]
    public Task MET039_InvalidMeanOfFunction(string member, string function, string problem) => FM.VerifyAsync(
        Sources.Metric(member),
        FM.Diagnostic(DiagnosticIds.InvalidMeanOfFunction).WithLocation(0).WithArguments(function, problem));

    [Fact]
    public Task MET039_MeanOfOutsideAMetric() => FM.VerifyAsync(
        """
        using Metrics;

        namespace App;

        public static class Losses
        {
            [MeanOf] public static double {|#0:Error|}(double label, double prediction) => prediction - label;
        }
        """,
        FM.Diagnostic(DiagnosticIds.InvalidMeanOfFunction).WithLocation(0).WithArguments("Losses.Error(double, double)", "'Losses' is not a [Metric] type"));

    [Fact]
    public Task MET040_SeveralMeanOfFunctions() => FM.VerifyAsync(
        Sources.Metric("""
                [MeanOf] private static double Error(double label, double prediction) => prediction - label;
                [MeanOf] private static double {|#0:Squared|}(double label, double prediction) => (prediction - label) * (prediction - label);
            """),
        FM.Diagnostic(DiagnosticIds.SeveralMeanOfFunctions).WithLocation(0).WithArguments("M", "M.Squared(double, double)"));
}
