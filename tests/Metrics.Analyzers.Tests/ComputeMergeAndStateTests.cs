using System.Threading.Tasks;
using Metrics.Generators.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using CM = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.ComputeAndMergeAnalyzer>;
using SF = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.StateFieldAnalyzer>;
using PA = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.ParameterAnalyzer>;

namespace Metrics.Analyzers.Tests;

/// <summary>MET013-MET015 (Compute, Merge), MET016-MET020 (state fields), MET021 (parameters).</summary>
public sealed class ComputeMergeAndStateTests
{
    private const string Update = "    static M Update(double value) => new() { Total = value };";

    [Fact]
    public Task ValidMetricHasNoComputeOrMergeDiagnostics() => CM.VerifyAsync(Sources.Huber);

    [Fact]
    public Task UserMergeIsFine() => CM.VerifyAsync(Sources.Metric(
        "    [Sum] public double Total;\n    public double Other;\n" + Update
        + "\n    static M Merge(M a, M b) => new() { Total = a.Total + b.Total, Other = a.Other + b.Other };\n    public readonly double Compute() => Total;"));

    [Fact]
    public Task MET013_MissingCompute() => CM.VerifyAsync(
        "using Metrics; namespace App; [Metric] public partial record struct {|#0:M|} { [Sum] public double Total; static M Update(double value) => new() { Total = value }; }",
        CM.Diagnostic(DiagnosticIds.MissingCompute).WithLocation(0).WithArguments("M"));

    [Theory]
    [InlineData("public static double {|#0:Compute|}() => 0;", "is static")]
    [InlineData("internal readonly double {|#0:Compute|}() => Total;", "is not public")]
    [InlineData("public readonly double {|#0:Compute|}(int digits) => Total;", "takes parameters")]
    [InlineData("public readonly void {|#0:Compute|}() { }", "returns void")]
    [InlineData("public readonly T {|#0:Compute|}<T>() => default!;", "is generic")]
    [InlineData("public double {|#0:Compute|} => Total;", "is not a method")]
    [InlineData("public readonly Span<double> {|#0:Compute|}() => default;", "returns a pointer, a ref struct or dynamic, which cannot be the result type of IMetric")]
    [InlineData("public readonly dynamic {|#0:Compute|}() => Total;", "returns a pointer, a ref struct or dynamic, which cannot be the result type of IMetric")]
    public Task MET014_IllTypedCompute(string compute, string problem) => CM.VerifyAsync(
        Sources.Metric("    [Sum] public double Total;\n" + Update + "\n    " + compute),
        CM.Diagnostic(DiagnosticIds.IllTypedCompute).WithLocation(0).WithArguments(DisplayOf(compute), problem));

    private static string DisplayOf(string compute) =>
        !compute.Contains('(', System.StringComparison.Ordinal) ? "M.Compute"
        : compute.Contains("<T>", System.StringComparison.Ordinal) ? "M.Compute<T>()"
        : compute.Contains("int digits", System.StringComparison.Ordinal) ? "M.Compute(int)"
        : "M.Compute()";

    [Fact]
    public Task MET014_OneGoodOverloadIsEnough() => CM.VerifyAsync(Sources.Metric(
        "    [Sum] public double Total;\n" + Update + "\n    public readonly double Compute() => Total;\n    public readonly double Compute(int digits) => System.Math.Round(Total, digits);"));

    [Theory]
    [InlineData("M {|#0:Merge|}(M a, M b) => a;", "is not static (the generated instance 'Merge(other)' would clash with it)")]
    [InlineData("static double {|#0:Merge|}(M a, M b) => 0;", "does not return 'M' by value")]
    [InlineData("static M {|#0:Merge|}(M a) => a;", "does not take two 'M' arguments")]
    [InlineData("static M {|#0:Merge|}(M a, ref M b) => a;", "takes an argument by 'ref' or 'out'")]
    public Task MET015_IllTypedMerge(string merge, string problem) => CM.VerifyAsync(
        Sources.Metric("    [Sum] public double Total;\n" + Update + "\n    public readonly double Compute() => Total;\n    " + merge),
        CM.Diagnostic(DiagnosticIds.IllTypedMerge).WithLocation(0).WithArguments(
            merge.Contains("ref M", System.StringComparison.Ordinal) ? "M.Merge(M, ref M)" : merge.Contains("(M a)", System.StringComparison.Ordinal) ? "M.Merge(M)" : "M.Merge(M, M)",
            problem,
            "M"));

    [Fact]
    public Task ValidMetricHasNoStateDiagnostics() => SF.VerifyAsync(Sources.Huber);

    [Fact]
    public Task MET016_FieldWithoutMerge() => SF.VerifyAsync(
        Sources.Metric("    [Sum] public double Total;\n    public double {|#0:Last|};\n" + Update + "\n    public readonly double Compute() => Total;"),
        SF.Diagnostic(DiagnosticIds.FieldWithoutMerge).WithLocation(0).WithArguments("M.Last", "M"));

    [Fact]
    public Task MET016_UserMergeCoversUnmarkedFields() => SF.VerifyAsync(Sources.Metric(
        "    [Sum] public double Total;\n    public double Last;\n" + Update + "\n    static M Merge(M a, M b) => b;\n    public readonly double Compute() => Total;"));

    [Theory]
    [InlineData("[Sum] public int {|#0:Total|};", "int", "[Sum]", "a sum is a double, a long (exact counts) or a SumArray")]
    [InlineData("[Min] public long {|#0:Total|};", "long", "[Min]", "a minimum or maximum is a double")]
    [InlineData("[Max] public float {|#0:Total|};", "float", "[Max]", "a minimum or maximum is a double")]
    [InlineData("[Sum, Max] public double {|#0:Total|};", "double", "several merge attributes", "keep one of [Sum], [Min], [Max] and [Append]")]
    public Task MET017_FieldTypeNotMergeable(string field, string type, string merge, string reason) => SF.VerifyAsync(
        Sources.Metric("    " + field + "\n    static M Update(double value) => new() { Total = (" + type + ")value };\n    public readonly double Compute() => Total;"),
        SF.Diagnostic(DiagnosticIds.FieldTypeNotMergeable).WithLocation(0).WithArguments("M.Total", type, merge, reason));

    [Fact]
    public Task MET017_UserMergeFieldMustBeNumeric() => SF.VerifyAsync(Sources.Metric(
        "    [Sum] public double Total;\n    public string {|MET017:Name|};\n" + Update + "\n    static M Merge(M a, M b) => a;\n    public readonly double Compute() => Total;"));

    [Fact]
    public Task MET018_ReadOnlyField() => SF.VerifyAsync(
        Sources.Metric("    [Sum] public readonly double {|#0:Total|};\n    static M Update(double value) => default;\n    public readonly double Compute() => Total;"),
        SF.Diagnostic(DiagnosticIds.ReadOnlyField).WithLocation(0).WithArguments("M.Total"));

    [Theory]
    [InlineData("[Sum] public SumArray {|#0:Cells|};", "a SumArray needs [SizedBy(...)] naming the parameters whose product is its length")]
    [InlineData("[Sum, SizedBy(\"Missing\")] public SumArray {|#0:Cells|};", "its [SizedBy] names 'Missing', which is not an int or ParameterArray [Parameter], or an int or long property, of 'M'")]
    [InlineData("[Sum, SizedBy(nameof(Scale))] public SumArray {|#0:Cells|};", "its [SizedBy] names 'Scale', which is not an int or ParameterArray [Parameter], or an int or long property, of 'M'")]
    public Task MET019_InvalidSizedBy(string field, string problem) => SF.VerifyAsync(
        Sources.Metric("    [Parameter] public int NumClasses { get; init; }\n    [Parameter] public double Scale { get; init; }\n    " + field
            + "\n    static M Update(int label) => new() { Cells = SumArray.At(label) };\n    public readonly double Compute() => Cells.Length;"),
        SF.Diagnostic(DiagnosticIds.InvalidSizedBy).WithLocation(0).WithArguments("M.Cells", problem));

    [Fact]
    public Task MET019_SizedByOnAFieldThatIsNotAnArray() => SF.VerifyAsync(
        Sources.Metric("    [Parameter] public int NumClasses { get; init; }\n    [Sum, SizedBy(nameof(NumClasses))] public double {|#0:Total|};"
            + "\n    static M Update(double value) => new() { Total = value };\n    public readonly double Compute() => Total;"),
        SF.Diagnostic(DiagnosticIds.InvalidSizedBy).WithLocation(0).WithArguments("M.Total", "[SizedBy] sizes only a [Sum] SumArray, not a 'double'"));

    [Fact]
    public Task MET019_SizedByIntParameterIsFine() => SF.VerifyAsync(Sources.Metric(
        "    [Parameter] public int NumClasses { get; init; }\n    [Sum, SizedBy(nameof(NumClasses), nameof(NumClasses))] public SumArray Cells;"
        + "\n    static M Update(int label, int prediction, int numClasses) => new() { Cells = SumArray.At((label * numClasses) + prediction) };\n    public readonly double Compute() => Cells.Length;"));

    [Fact]
    public Task MET020_NoStateFields() => SF.VerifyAsync(
        "using Metrics; namespace App; [Metric] public partial record struct {|#0:M|} { static M Update(double value) => default; public readonly double Compute() => 0; }",
        SF.Diagnostic(DiagnosticIds.NoStateFields).WithLocation(0).WithArguments("M"));

    [Fact]
    public Task ValidParametersHaveNoDiagnostics() => PA.VerifyAsync(Sources.Huber);

    [Theory]
    [InlineData("[Parameter] public double {|#0:Delta|} { get; set; }", "has a 'set' accessor, so it could change after validation")]
    [InlineData("[Parameter] public double {|#0:Delta|} { get; }", "has no init accessor")]
    [InlineData("[Parameter] public static double {|#0:Delta|} { get; set; }", "is static")]
    public Task MET021_MutableParameter(string parameter, string reason) => PA.VerifyAsync(
        Sources.Metric("    " + parameter + "\n    [Sum] public double Total;\n" + Update + "\n    public readonly double Compute() => Total;"),
        PA.Diagnostic(DiagnosticIds.MutableParameter).WithLocation(0).WithArguments("M.Delta", reason));
}
