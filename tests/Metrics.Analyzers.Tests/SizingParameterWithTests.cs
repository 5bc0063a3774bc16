using System.Threading.Tasks;
using Metrics.Generators.Analyzers;
using Verify = Metrics.Analyzers.Tests.AnalyzerVerifier<Metrics.Generators.Analyzers.SizingParameterWithAnalyzer>;

namespace Metrics.Analyzers.Tests;

/// <summary>MET033: <c>with</c> on a parameter that sizes a state array, on a metric that may hold a state.</summary>
public sealed class SizingParameterWithTests
{
    private static string Code(string body) => "using Metrics;\nnamespace App;\npublic static class C\n{\n    public static object Run(ConfusionMatrix counts, Auc auc)\n    {\n" + body + "\n    }\n}";

    [Fact]
    public Task DirectSizingParameterIsReported() => Verify.VerifyAsync(
        Code("        return counts with { {|#0:NumClasses = 2|} };"),
        Verify.Diagnostic(DiagnosticIds.SizingParameterWith).WithLocation(0).WithArguments("ConfusionMatrix.NumClasses", "Counts"));

    [Fact]
    public Task ParameterReadBySizePropertyIsReported() => Verify.VerifyAsync(
        Code("        return auc with { {|#0:NumThresholds = 10|}, FromLogits = true };"),
        Verify.Diagnostic(DiagnosticIds.SizingParameterWith).WithLocation(0).WithArguments("Auc.NumThresholds", "Counts"));

    [Fact]
    public Task UpdatedStateIsReported() => Verify.VerifyAsync(
        Code("        return new ConfusionMatrix(3).Update(new[] { 2 }, new[] { 2 }) with { {|#0:NumClasses = 4|} };"),
        Verify.Diagnostic(DiagnosticIds.SizingParameterWith).WithLocation(0).WithArguments("ConfusionMatrix.NumClasses", "Counts"));

    [Fact]
    public Task OtherParametersAndFreshMetricsAreNotReported() => Verify.VerifyAsync(
        Code("        var a = counts with { Normalize = ConfusionNormalization.All };\n        var b = new ConfusionMatrix(3) with { NumClasses = 2 };\n        var c = counts.Empty() with { NumClasses = 2 };\n        var d = auc.Reset() with { NumThresholds = 10 };\n        return (a, b, c, d);"));
}
