using System.Threading.Tasks;
using Metrics.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using V = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.OverloadClashAnalyzer>;

namespace Metrics.Analyzers.Tests;

/// <summary>MET030: a generated batch overload left out because another one has its parameter types.</summary>
public sealed class OverloadClashAnalyzerTests
{
    private const string State = """
            [Sum] public double Total;
            public readonly double Compute() => Total;
        """;

    private static Task Verify(string updates, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) =>
        V.VerifyAsync(Sources.Metric(State + "\n" + updates), expected);

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Warning(int location, string loser, string overloads, string holder) =>
        V.Diagnostic(DiagnosticIds.OverloadClash).WithSeverity(DiagnosticSeverity.Warning).WithLocation(location).WithArguments(loser, overloads, holder);

    [Fact]
    public Task ValidMetricHasNoDiagnostics() => V.VerifyAsync(Sources.Huber);

    [Fact]
    public Task ShapesWithDistinctOverloadsHaveNoDiagnostics() => Verify("""
            static M Update(double value) => new() { Total = value };
            static M Update([ClassIndex(2)] int label, double prediction) => new() { Total = label * prediction };
            static M Update([ClassIndex] int label, ReadOnlySpan<float> row) => new() { Total = row[label] };
        """);

    [Fact]
    public Task DoubleValueUpdateTakesFloatBatchesFromARowPairFunction() => Verify(
        """
            static M {|#0:Update|}(double value) => new() { Total = value };
            static M {|#1:Update|}(ReadOnlySpan<float> labels, ReadOnlySpan<float> predictions) => new() { Total = labels[0] };
        """,
        Warning(
            0,
            "M.Update(double)",
            "'Update(ReadOnlySpan<float>, ReadOnlySpan<float>)'",
            "update function 'M.Update(ReadOnlySpan<float>, ReadOnlySpan<float>)' itself"),
        Warning(
            1,
            "M.Update(ReadOnlySpan<float>, ReadOnlySpan<float>)",
            "'Update(in ReadOnlyTensorSpan<float>, in ReadOnlyTensorSpan<float>)'",
            "the batch overload of update function 'M.Update(double)'"));

    [Fact]
    public Task ValueWeightsAndPairOverloadsClash() => Verify(
        """
            static M Update(double value) => new() { Total = value };
            static M {|#0:Update|}(double label, double prediction) => new() { Total = prediction - label };
        """,
        Warning(
            0,
            "M.Update(double, double)",
            "'Update(ReadOnlySpan<double>, ReadOnlySpan<double>)', 'Update(ReadOnlySpan<float>, ReadOnlySpan<float>)', "
                + "'Update(in ReadOnlyTensorSpan<double>, in ReadOnlyTensorSpan<double>)', 'Update(in ReadOnlyTensorSpan<float>, in ReadOnlyTensorSpan<float>)'",
            "the batch overload of update function 'M.Update(double)'"));

    [Fact]
    public Task FirstDeclaredUpdateKeepsTheOverload() => Verify(
        """
            static M Update(double label, double prediction) => new() { Total = prediction - label };
            static M {|#0:Update|}(double value) => new() { Total = value };
        """,
        Warning(
            0,
            "M.Update(double)",
            "'Update(ReadOnlySpan<double>, ReadOnlySpan<double>)', 'Update(ReadOnlySpan<float>, ReadOnlySpan<float>)', "
                + "'Update(in ReadOnlyTensorSpan<double>, in ReadOnlyTensorSpan<double>)', 'Update(in ReadOnlyTensorSpan<float>, in ReadOnlyTensorSpan<float>)'",
            "the batch overload of update function 'M.Update(double, double)'"));

    [Fact]
    public Task RowAndRowPairWithIntegerLabelsClash() => Verify(
        """
            static M Update([ClassIndex] int label, ReadOnlySpan<double> row) => new() { Total = row[label] };
            static M {|#0:Update|}(ReadOnlySpan<int> labels, ReadOnlySpan<double> row) => new() { Total = labels[0] * row[0] };
        """,
        Warning(
            0,
            "M.Update(ReadOnlySpan<int>, ReadOnlySpan<double>)",
            "'Update(ReadOnlySpan<int>, ReadOnlySpan<double>, int)', 'Update(ReadOnlySpan<int>, ReadOnlySpan<double>, int, ReadOnlySpan<bool>)', "
                + "'Update(ReadOnlySpan<int>, ReadOnlySpan<double>, int, ReadOnlySpan<double>)', 'Update(ReadOnlySpan<int>, ReadOnlySpan<double>, int, ReadOnlySpan<bool>, ReadOnlySpan<double>)'",
            "the batch overload of update function 'M.Update(int, ReadOnlySpan<double>)'"));

    [Fact]
    public Task PairOverloadRepeatsTheRowPairFunction() => Verify(
        """
            static M {|#0:Update|}(float label, float prediction) => new() { Total = prediction - label };
            static M Update(ReadOnlySpan<float> labels, ReadOnlySpan<float> predictions) => new() { Total = labels[0] };
        """,
        Warning(
            0,
            "M.Update(float, float)",
            "'Update(ReadOnlySpan<float>, ReadOnlySpan<float>)'",
            "update function 'M.Update(ReadOnlySpan<float>, ReadOnlySpan<float>)' itself"));

    [Fact]
    public Task UserInstanceOverloadReplacesTheGeneratedOneSilently() => Verify("""
            static M Update(double value) => new() { Total = value };
            public M Update(double[] values, bool[]? mask = null, double[]? weights = null) => this;
        """);

    [Fact]
    public Task InvalidMetricsGetNoWarning() => V.VerifyAsync(Sources.Metric("""
            [Sum] public double Total;
            static M Update(double value) => new() { Total = value };
            static M Update(double label, double prediction) => new() { Total = label };
        """));
}
