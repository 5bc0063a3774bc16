using System.Threading.Tasks;
using Metrics.Generators.Analyzers;
using PA = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.ParameterAnalyzer>;

namespace Metrics.Analyzers.Tests;

/// <summary>
/// MET031 (a parameter type that is not an immutable value: Merge compared a <c>List&lt;double&gt;</c> by reference, and
/// mutating it later changed the parameter unvalidated) and MET032 (a <c>[Parameter]</c> range that admits no value).
/// </summary>
public sealed class ParameterTypeAndRangeTests
{
    private const string Rest = "\n    [Sum] public double Total;\n    static M Update(double value) => new() { Total = value };\n    public readonly double Compute() => Total;";

    [Theory]
    [InlineData("System.Collections.Generic.List<double>", "a class is compared by reference by Merge and can change after validation")]
    [InlineData("double[]", "an array can change element by element after validation and is compared by reference by Merge; use ParameterArray<T>")]
    [InlineData("object", "a class is compared by reference by Merge and can change after validation")]
    [InlineData("System.Collections.Generic.IReadOnlyList<double>", "an interface may hide a mutable class compared by reference by Merge")]
    [InlineData("Box", "a struct that is not a readonly struct implementing IEquatable<itself> can hold mutable state and is not compared by value")]
    [InlineData("Box?", "a struct that is not a readonly struct implementing IEquatable<itself> can hold mutable state and is not compared by value")]
    [InlineData("ParameterArray<Box>", "a struct that is not a readonly struct implementing IEquatable<itself> can hold mutable state and is not compared by value")]
    public Task MET031_MutableParameterType(string type, string reason) => PA.VerifyAsync(
        Sources.Metric("    [Parameter] public " + type + " {|#0:P|} { get; init; }" + Rest) + "\npublic struct Box : IEquatable<Box> { public double[] Values; public bool Equals(Box other) => true; }",
        PA.Diagnostic(DiagnosticIds.MutableParameterType).WithLocation(0).WithArguments("M.P", type.Replace("System.Collections.Generic.", string.Empty, System.StringComparison.Ordinal), reason));

    // The immutable types without a configuration form are accepted too, with the warning MET034 (ConfigFormTests).
    [Theory]
    [InlineData("double")]
    [InlineData("double?")]
    [InlineData("int?")]
    [InlineData("bool")]
    [InlineData("ZeroDivision")]
    [InlineData("ParameterArray<double>")]
    [InlineData("ParameterArray<int>")]
    [InlineData("CurveThresholds")]
    public Task ImmutableParameterTypesAreAccepted(string type) => PA.VerifyAsync(
        Sources.Metric("    [Parameter] public " + type + " P { get; init; }" + Rest));

    [Theory]
    [InlineData("double", "Min = 5, Max = 1", "[5, 1]")]
    [InlineData("double", "Min = 1, Max = 1, MinExclusive = true", "(1, 1]")]
    [InlineData("double", "Min = 1, Max = 1, MaxExclusive = true", "[1, 1)")]
    [InlineData("double?", "Min = 2, Max = -2", "[2, -2]")]
    [InlineData("double", "Min = double.NaN", "[NaN, ∞]")]
    [InlineData("int", "Min = 0.2, Max = 0.8", "[0.2, 0.8] holds no integer")]
    [InlineData("int", "Min = 1, Max = 2, MinExclusive = true, MaxExclusive = true", "(1, 2) holds no integer")]
    [InlineData("ParameterArray<double>", "Min = 1, Max = 0", "[1, 0]")]
    public Task MET032_RangeWithoutValue(string type, string range, string shown) => PA.VerifyAsync(
        Sources.Metric("    [Parameter(" + range + ")] public " + type + " {|#0:P|} { get; init; }" + Rest),
        PA.Diagnostic(DiagnosticIds.EmptyParameterRange).WithLocation(0).WithArguments("M.P", shown));

    [Theory]
    [InlineData("double", "Min = 1, Max = 1")]
    [InlineData("int", "Min = 0.5, Max = 1.5")]
    [InlineData("double", "Min = 0, MinExclusive = true")]
    [InlineData("int", "Min = 1, Max = 2, MinExclusive = true")]
    public Task RangesWithAValueAreAccepted(string type, string range) => PA.VerifyAsync(
        Sources.Metric("    [Parameter(" + range + ")] public " + type + " P { get; init; }" + Rest));
}
