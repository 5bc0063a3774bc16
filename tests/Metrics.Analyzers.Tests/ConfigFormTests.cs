using System.Threading.Tasks;
using Metrics.Generators.Analyzers;
using PA = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.ParameterAnalyzer>;

namespace Metrics.Analyzers.Tests;

/// <summary>
/// MET034: a parameter whose (immutable) type has no configuration form, so that GetConfig, the registry's Serialize
/// and state serialization of the metric throw NotSupportedException.
/// </summary>
public sealed class ConfigFormTests
{
    private const string Rest = "\n    [Sum] public double Total;\n    static M Update(double value) => new() { Total = value };\n    public readonly double Compute() => Total;";

    private const string UserTypes = """

        public readonly record struct Plain(double Value);

        public readonly record struct Band(double Low, double High) : IConfigValue<Band>
        {
            public static Band FromConfigValue(object? value, string key) =>
                value is object?[] { Length: 2 } pair ? new((double)pair[0]!, (double)pair[1]!) : throw new ArgumentException("expected [low, high]", key);

            public object? ToConfigValue() => new object?[] { Low, High };
        }
        """;

    private const string Generic = "use a number, bool, enum or ParameterArray of numbers, or a type of your own implementing IConfigValue<T> of itself";

    [Theory]
    [InlineData("string", Generic)]
    [InlineData("decimal", Generic)]
    [InlineData("char", Generic)]
    [InlineData("short", Generic)]
    [InlineData("bool?", Generic)]
    [InlineData("ZeroDivision?", Generic)]
    [InlineData("decimal?", Generic)]
    [InlineData("ParameterArray<decimal>", Generic)]
    [InlineData("ParameterArray<string>", Generic)]
    [InlineData("Plain?", Generic)]
    [InlineData("Band?", Generic)]
    [InlineData("Plain", "implement IConfigValue<Plain> on 'Plain'")]
    public Task MET034_ParameterWithoutConfigForm(string type, string fix) => PA.VerifyAsync(
        Sources.Metric("    [Parameter] public " + type + " {|#0:P|} { get; init; }" + Rest) + UserTypes,
        PA.Diagnostic(DiagnosticIds.ParameterWithoutConfigForm).WithLocation(0).WithArguments("M.P", type, fix));

    [Theory]
    [InlineData("int")]
    [InlineData("long")]
    [InlineData("float")]
    [InlineData("double")]
    [InlineData("int?")]
    [InlineData("long?")]
    [InlineData("float?")]
    [InlineData("double?")]
    [InlineData("bool")]
    [InlineData("ZeroDivision")]
    [InlineData("ParameterArray<int>")]
    [InlineData("ParameterArray<long>")]
    [InlineData("ParameterArray<float>")]
    [InlineData("ParameterArray<double>")]
    [InlineData("CurveThresholds")]
    [InlineData("Band")]
    public Task ParameterTypesWithAConfigFormAreNotReported(string type) => PA.VerifyAsync(
        Sources.Metric("    [Parameter] public " + type + " P { get; init; }" + Rest) + UserTypes);

    [Fact]
    public Task AMutableTypeIsReportedOnlyAsMET031() => PA.VerifyAsync(
        Sources.Metric("    [Parameter] public object {|#0:P|} { get; init; } = 1;" + Rest),
        PA.Diagnostic(DiagnosticIds.MutableParameterType).WithLocation(0)
            .WithArguments("M.P", "object", "a class is compared by reference by Merge and can change after validation"));

    [Fact]
    public Task ASettableParameterIsReportedOnlyAsMET021() => PA.VerifyAsync(
        Sources.Metric("    [Parameter] public string {|#0:P|} { get; set; } = \"\";" + Rest),
        PA.Diagnostic(DiagnosticIds.MutableParameter).WithLocation(0)
            .WithArguments("M.P", "has a 'set' accessor, so it could change after validation"));

    [Fact]
    public Task EachParameterWithoutAConfigFormIsReported() => PA.VerifyAsync(
        Sources.Metric("    [Parameter] public string {|#0:Name|} { get; init; } = \"a\";\n    [Parameter] public double Scale { get; init; } = 1;\n    [Parameter] public decimal {|#1:Rate|} { get; init; } = 1m;" + Rest),
        PA.Diagnostic(DiagnosticIds.ParameterWithoutConfigForm).WithLocation(0).WithArguments("M.Name", "string", Generic),
        PA.Diagnostic(DiagnosticIds.ParameterWithoutConfigForm).WithLocation(1).WithArguments("M.Rate", "decimal", Generic));
}
