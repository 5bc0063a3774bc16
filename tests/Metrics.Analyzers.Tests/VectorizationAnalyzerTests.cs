using System.Threading.Tasks;
using Metrics.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using V = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.VectorizationAnalyzer>;

namespace Metrics.Analyzers.Tests;

/// <summary>MET024: the info diagnostic naming what keeps an update on the scalar loop.</summary>
public sealed class VectorizationAnalyzerTests
{
    private static string Pair(string body) => Sources.Metric($$"""
            [Parameter] public double Threshold { get; init; }
            [Sum] public double Total;
            [Max] public double Worst;
            static M Update(double label, double prediction, double threshold)
        {{body}}
            public readonly double Compute() => Total;
        """);

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Info(string method, string reason) =>
        V.Diagnostic(DiagnosticIds.NotVectorizable).WithSeverity(DiagnosticSeverity.Info).WithLocation(0).WithArguments(method, reason);

    [Fact]
    public Task LaneWiseBodyHasNoDiagnostic() => V.VerifyAsync(Pair("""
            {
                var e = Math.Abs(prediction - label);
                var hit = prediction > threshold && !(label < 0);
                return new() { Total = hit ? Math.Sqrt(e) : Math.FusedMultiplyAdd(e, 2.0, 1.0), Worst = Math.Max(e, -label) };
            }
        """));

    [Fact]
    public Task HuberIsVectorizable() => V.VerifyAsync(Sources.Huber);

    [Fact]
    public Task CallToAnotherFunctionIsNamed() => V.VerifyAsync(
        Pair("    => new() { Total = {|#0:Math.Tan(prediction)|}, Worst = label };"),
        Info("M.Update(double, double, double)", "the expression 'Math.Tan(prediction)' has no lane-wise form"));

    [Fact]
    public Task SummedLogAndExpAreLaneWise() => V.VerifyAsync(
        Pair("    => new() { Total = Math.Log(1 + Math.Exp(-label * prediction)) + Metrics.Numerics.SpecialFunctions.Log1P(prediction), Worst = label };"));

    [Fact]
    public Task LogThatPicksABranchIsNamed() => V.VerifyAsync(
        Pair("""
            {
                var log = Math.Log(prediction);
                return new() { Total = {|#0:log|} > threshold ? 1 : 0, Worst = label };
            }
        """),
        Info("M.Update(double, double, double)", "the expression 'log' is a Log or Exp that picks a branch, which vector lanes compute within 2 ulps of Math's, not bit-identically"));

    [Fact]
    public Task ExpInAMaxFieldIsNamed() => V.VerifyAsync(
        Pair("    => new() { Total = label, Worst = {|#0:Math.Exp(prediction)|} };"),
        Info("M.Update(double, double, double)", "the [Min] or [Max] field 'Worst' takes a Log or Exp, which vector lanes compute within 2 ulps of Math's, not bit-identically"));

    [Fact]
    public Task IfStatementIsNamed() => V.VerifyAsync(
        Pair("""
            {
                {|#0:if (label > 0) { return default; }|}
                return new() { Total = label };
            }
        """),
        Info("M.Update(double, double, double)", "the statement 'if (label > 0) { return default; }' has no lane-wise form"));

    private static string GenericPair(string body) => Sources.Metric($$"""
            [Parameter] public double Threshold { get; init; }
            [Sum] public double Total;
            [Max] public double Worst;
            static M Update<T>(T label, T prediction, double threshold) where T : INumber<T>
        {{body}}
            public readonly double Compute() => Total;
        """);

    [Fact]
    public Task GenericArithmeticOnTheElementTypeIsLaneWise() => V.VerifyAsync(GenericPair("""
            {
                var e = T.Abs(prediction - label);
                var clipped = T.Clamp(e, T.CreateTruncating(threshold), T.One - T.Zero);
                return new() { Total = double.CreateChecked(clipped * e) + Math.Log(double.CreateTruncating(e + T.One)), Worst = double.CreateSaturating(T.Max(e, label / prediction)) };
            }
        """));

    [Fact]
    public Task GenericMemberWithoutALaneFormIsNamed() => V.VerifyAsync(
        GenericPair("    => new() { Total = {|#0:T.IsNegative(prediction)|} ? 1 : 0, Worst = double.CreateChecked(label) };"),
        Info("M.Update<T>(T, T, double)", "the expression 'T.IsNegative(prediction)' has no lane-wise form"));

    [Fact]
    public Task BranchOnAParameterIsLaneWise() => V.VerifyAsync(Sources.Metric("""
            [Parameter] public bool Squared { get; init; }
            [Sum] public double Total;
            static M Update(double label, double prediction, bool squared) =>
                new() { Total = squared ? (prediction - label) * (prediction - label) : Math.Abs(prediction - label) };
            public readonly double Compute() => Total;
        """));

    [Fact]
    public Task RowUpdateIsScalar() => V.VerifyAsync(
        Sources.Metric("""
                [Sum] public double Total;
                static M {|#0:Update|}(int label, ReadOnlySpan<double> row) => new() { Total = row[label] };
                public readonly double Compute() => Total;
            """),
        Info("M.Update(int, ReadOnlySpan<double>)", "row updates are reduced per row, not lifted to lanes"));

    // The reasons are clauses ("because row updates are..."), never nouns after "because of".
    [Theory]
    [InlineData("static M {|#0:Update|}(int label, ReadOnlySpan<double> row) => new() { Total = row[label] };", "M.Update(int, ReadOnlySpan<double>)", "row updates are reduced per row, not lifted to lanes")]
    [InlineData("static M Update(double label, double prediction) => new() { Total = {|#0:Math.Tan(prediction)|} };", "M.Update(double, double)", "the expression 'Math.Tan(prediction)' has no lane-wise form")]
    public Task TheMessageIsOneSentence(string update, string method, string reason) => V.VerifyAsync(
        Sources.Metric("    [Sum] public double Total;\n    " + update + "\n    public readonly double Compute() => Total;"),
        Info(method, reason).WithMessage($"'{method}' cannot be lifted to SIMD lanes because {reason}; its batches use the scalar loop"));

    [Fact]
    public Task LongStateIsScalar() => V.VerifyAsync(
        Sources.Metric("""
                [Sum] public long Count;
                static M {|#0:Update|}(double value) => new() { Count = 1 };
                public readonly double Compute() => Count;
            """),
        Info("M.Update(double)", "the state has a field that is not a double merged by [Sum], [Min] or [Max]"));

    [Fact]
    public Task InvalidMetricsGetNoInfo() => V.VerifyAsync(Sources.Metric("""
            [Sum] public double Total;
            static M Update(double value) => new() { Total = Math.Log(value) };
        """));
}
