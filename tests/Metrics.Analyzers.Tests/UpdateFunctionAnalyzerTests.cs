using System.Threading.Tasks;
using Metrics.Generators.Analyzers;
using V = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.UpdateFunctionAnalyzer>;

namespace Metrics.Analyzers.Tests;

/// <summary>MET007-MET012: the update functions.</summary>
public sealed class UpdateFunctionAnalyzerTests
{
    private const string State = """
            [Parameter] public int NumClasses { get; init; }
            [Sum] public double Total;
            public readonly double Compute() => Total;
        """;

    private static Task Verify(string updates, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) =>
        AnalyzerVerifier<UpdateFunctionAnalyzer>.VerifyAsync(Sources.Metric(State + "\n" + updates), expected);

    [Fact]
    public Task ValidMetricHasNoDiagnostics() => V.VerifyAsync(Sources.Huber);

    [Fact]
    public Task EveryShapeOnceIsFine() => Verify("""
            static M Update<T>(T value) where T : INumber<T> => new() { Total = double.CreateTruncating(value) };
            static M Update([ClassIndex(2)] int label, double prediction) => new() { Total = label * prediction };
            static M Update([ClassIndex] int label, ReadOnlySpan<float> row) => new() { Total = row[label] };
            static M Update(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, int numClasses) => new() { Total = numClasses };
        """);

    [Fact]
    public Task MET007_NoUpdate() => AnalyzerVerifier<UpdateFunctionAnalyzer>.VerifyAsync(
        "using Metrics; namespace App; [Metric] public partial record struct {|#0:M|} { [Sum] public double Total; public readonly double Compute() => Total; }",
        V.Diagnostic(DiagnosticIds.NoUpdate).WithLocation(0).WithArguments("M"));

    [Fact]
    public Task MET008_TwoUpdatesOfOneShape() => Verify(
        """
            static M Update(double label, double prediction) => new() { Total = prediction - label };
            static M {|#0:Update|}(float label, float prediction) => new() { Total = prediction - label };
        """,
        V.Diagnostic(DiagnosticIds.AmbiguousUpdate).WithLocation(0)
            .WithArguments("M.Update(float, float)", "a (label, prediction) pair", "M.Update(double, double)"));

    [Fact]
    public Task MET009_InstanceUpdate() => Verify(
        "    M {|#0:Update|}(double value) => new() { Total = value };",
        V.Diagnostic(DiagnosticIds.UpdateNotStatic).WithLocation(0).WithArguments("M.Update(double)"));

    [Fact]
    public Task MET010_WrongReturnType() => Verify(
        "    static double {|#0:Update|}(double value) => value;",
        V.Diagnostic(DiagnosticIds.UpdateSignature).WithLocation(0)
            .WithArguments("M.Update(double)", "it must return 'M' (one element's contribution), not 'double'"));

    [Fact]
    public Task MET010_ByRefArgument() => Verify("    static M {|MET010:Update|}(ref double value) => new() { Total = value };");

    [Fact]
    public Task MET010_ParameterArgumentOfTheWrongType() => Verify("    static M {|MET010:Update|}(double value, bool numClasses) => new() { Total = value };");

    [Fact]
    public Task CellWriterNamedLikeASummedArrayIsFine() => AnalyzerVerifier<UpdateFunctionAnalyzer>.VerifyAsync(Sources.Metric("""
            [Parameter(Min = 1)] public int NumClasses { get; init; }
            [Sum, SizedBy(nameof(NumClasses))] public SumArray Counts;
            static M Update(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, SumArrayWriter counts)
            {
                for (var i = 0; i < labels.Length; i++) { counts.Add(i, labels[i] * predictions[i]); }
                return default;
            }
            public readonly double Compute() => Counts[0];
        """));

    [Fact]
    public Task MET010_CellWriterNamedLikeNoSummedArray() => Verify(
        "    static M {|#0:Update|}(ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, SumArrayWriter total) => default;",
        V.Diagnostic(DiagnosticIds.UpdateSignature).WithLocation(0).WithArguments(
            "M.Update(ReadOnlySpan<double>, ReadOnlySpan<double>, SumArrayWriter)",
            "argument 'total' is a SumArrayWriter, so it must be named like a [Sum] SumArray state field of 'M'"));

    [Fact]
    public Task MET011_UnsupportedElementType() => Verify(
        "    static M Update(string {|#0:value|}) => new() { Total = value.Length };",
        V.Diagnostic(DiagnosticIds.UnliftableElement).WithLocation(0).WithArguments(
            "M.Update(string)",
            "argument 'value' has type 'string', but element types are float, double, int, long, bool, the update's type parameter, or a ReadOnlySpan of one of them"));

    [Fact]
    public Task MET011_ThreeElements() => Verify("    static M {|MET011:Update|}(double a, double b, double c) => new() { Total = a + b + c };");

    [Fact]
    public Task MET011_RowAlone() => Verify("    static M {|MET011:Update|}(ReadOnlySpan<double> row) => new() { Total = row[0] };");

    [Fact]
    public Task MET011_TypeParameterThatCannotBeFloatOrDouble() =>
        Verify("    static M Update<{|MET011:T|}>(T value) where T : IComparable<string> => new() { Total = 1 };");

    [Fact]
    public Task MET012_RowLengthCheckWithoutARow() => Verify("    static M Update([{|MET012:ClassIndex|}] int label, double prediction) => new() { Total = prediction };");

    [Fact]
    public Task MET012_NotAnInt() => Verify("    static M Update([{|MET012:ClassIndex(2)|}] double label, double prediction) => new() { Total = prediction };");

    [Fact]
    public Task MET012_NonPositiveCount() => Verify("    static M Update([{|MET012:ClassIndex(0)|}] int label, double prediction) => new() { Total = prediction };");

    [Fact]
    public Task MET012_UnknownParameter() => Verify(
        "    static M Update([{|#0:ClassIndex(\"Classes\")|}] int label, double prediction) => new() { Total = prediction };",
        V.Diagnostic(DiagnosticIds.InvalidClassIndex).WithLocation(0)
            .WithArguments("M.Update(int, double) argument label", "'Classes' is not an int [Parameter] of 'M'"));

    [Fact]
    public Task MET012_ParameterCountIsFine() =>
        Verify("    static M Update([ClassIndex(nameof(NumClasses))] int label, [ClassIndex(nameof(NumClasses))] int prediction) => new() { Total = label };");
}
